package kr.openapi.charging.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kr.openapi.charging.mapping.EvProvinceStats;
import kr.openapi.charging.mapping.EvTariff;
import kr.openapi.common.region.Provinces;
import kr.openapi.charging.mapping.TariffBody;

/** Operators' prices, and chargers counted by province. */
@ApplicationScoped
public class EvSummaryRepository {

    private static final java.time.format.DateTimeFormatter STAMP = java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Pool pool;

    public EvSummaryRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> saveTariff(String operatorId, TariffBody tariff, LocalDateTime at) {
        return pool.preparedQuery("INSERT INTO tariff (operator_id, slow_member_price, fast_member_price, slow_non_member_price,"
                        + " fast_non_member_price, updated_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (operator_id) DO UPDATE SET"
                        + " slow_member_price = EXCLUDED.slow_member_price, fast_member_price = EXCLUDED.fast_member_price,"
                        + " slow_non_member_price = EXCLUDED.slow_non_member_price, fast_non_member_price = EXCLUDED.fast_non_member_price,"
                        + " updated_at = EXCLUDED.updated_at")
                .execute(Tuple.from(List.of(operatorId, BigDecimal.valueOf(tariff.slowMemberPrice()), BigDecimal.valueOf(tariff.fastMemberPrice()),
                        BigDecimal.valueOf(tariff.slowNonMemberPrice()), BigDecimal.valueOf(tariff.fastNonMemberPrice()), at)))
                .replaceWithVoid();
    }

    public Uni<List<EvTariff>> tariffs() {
        return pool.query("SELECT o.busi_id, o.name, t.* FROM tariff t JOIN operator o ON o.operator_id = t.operator_id ORDER BY o.busi_id")
                .execute()
                .map(rows -> {
                    List<EvTariff> tariffs = new ArrayList<>();
                    for (Row row : rows) {
                        tariffs.add(new EvTariff(row.getString("busi_id"), row.getString("name"), price(row, "slow_member_price"),
                                price(row, "fast_member_price"), price(row, "slow_non_member_price"), price(row, "fast_non_member_price"),
                                STAMP.format(row.getLocalDateTime("updated_at"))));
                    }
                    return tariffs;
                });
    }

    /** Counts by province; fast is a DC plug of 50 kW or more, and a connector's state follows the API's {@code stat}. */
    public Uni<List<EvProvinceStats>> provinceStats() {
        return pool.query("SELECT left(s.area_code, 2) AS zcode,"
                        + " count(*) FILTER (WHERE NOT (c.cell_type = 2 AND c.rated_power >= 50)) AS slow,"
                        + " count(*) FILTER (WHERE c.cell_type = 2 AND c.rated_power >= 50) AS fast, count(*) AS total,"
                        + " count(*) FILTER (WHERE s.station_status <> 6 AND st.status = 1 AND st.status_time > '1970-01-01') AS available,"
                        + " count(*) FILTER (WHERE s.station_status <> 6 AND st.status IN (2, 3, 4) AND st.status_time > '1970-01-01') AS charging"
                        + " FROM cell c JOIN station s ON s.operator_id = c.operator_id AND s.station_id = c.station_id"
                        + " JOIN cell_status st ON st.operator_id = c.operator_id AND st.cell_id = c.cell_id"
                        + " GROUP BY left(s.area_code, 2) ORDER BY zcode")
                .execute()
                .map(rows -> {
                    List<EvProvinceStats> stats = new ArrayList<>();
                    for (Row row : rows) {
                        long total = row.getLong("total");
                        long available = row.getLong("available");
                        long charging = row.getLong("charging");
                        stats.add(new EvProvinceStats(row.getString("zcode"), Provinces.nameOf(row.getString("zcode")), row.getLong("slow"),
                                row.getLong("fast"), total, available, charging, total - available - charging));
                    }
                    return stats;
                });
    }

    private static String price(Row row, String column) {
        return row.getBigDecimal(column).stripTrailingZeros().toPlainString();
    }
}
