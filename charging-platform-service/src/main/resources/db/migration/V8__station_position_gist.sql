-- Stations near a point: a GiST index on the position answers a two-dimensional box at once (the B-tree on
-- (lat, lng) could only narrow the latitude band, then read every station in it).
CREATE INDEX station_by_point ON station USING gist (point(station_lng, station_lat));
DROP INDEX station_by_position;
