-- The public EV API: stations near a point (a box on lat/lng first), charging prices per operator.
CREATE INDEX station_by_position ON station (station_lat, station_lng);

-- An operator's member and non-member prices, KRW per kWh, slow (AC) and fast (DC).
CREATE TABLE tariff (
    operator_id             varchar(32)   PRIMARY KEY REFERENCES operator (operator_id),
    slow_member_price       numeric(8, 1) NOT NULL,
    fast_member_price       numeric(8, 1) NOT NULL,
    slow_non_member_price   numeric(8, 1) NOT NULL,
    fast_non_member_price   numeric(8, 1) NOT NULL,
    updated_at              timestamp     NOT NULL
);
