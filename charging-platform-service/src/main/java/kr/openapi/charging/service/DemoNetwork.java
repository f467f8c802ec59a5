package kr.openapi.charging.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import kr.openapi.common.privacy.PersonalDataCipher;
import kr.openapi.common.secret.OneTimeSecretFile;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the local suite starts with ({@code platform.demo.enabled}; off in production): a demo operator, whose secret
 * is written once to a file the suite's launcher prints and deletes, and a generated Korean network of 2,000
 * stations and 10,000 connectors over the 17 provinces, each with a current status.
 */
@ApplicationScoped
public class DemoNetwork {

    public static final String OPERATOR_ID = "demo-operator";
    public static final String BUSI_ID = "DM";
    private static final int STATIONS = 2000;
    private static final int CELLS_PER_STATION = 5;

    /** Province code (zcode), name, and a point inside it. */
    private record Province(String zcode, String name, double lat, double lng, String[] districts) {
    }

    private static final List<Province> PROVINCES = List.of(
            new Province("11", "서울특별시", 37.5665, 126.9780, new String[] {"110 종로구", "140 중구", "680 강남구", "710 송파구", "440 마포구"}),
            new Province("26", "부산광역시", 35.1796, 129.0756, new String[] {"350 해운대구", "230 부산진구", "500 수영구"}),
            new Province("27", "대구광역시", 35.8714, 128.6014, new String[] {"110 중구", "260 수성구", "290 달서구"}),
            new Province("28", "인천광역시", 37.4563, 126.7052, new String[] {"185 연수구", "200 남동구", "260 서구"}),
            new Province("29", "광주광역시", 35.1595, 126.8526, new String[] {"110 동구", "140 서구", "200 광산구"}),
            new Province("30", "대전광역시", 36.3504, 127.3845, new String[] {"170 서구", "200 유성구"}),
            new Province("31", "울산광역시", 35.5384, 129.3114, new String[] {"110 중구", "140 남구"}),
            new Province("36", "세종특별자치시", 36.4800, 127.2890, new String[] {"110 세종시"}),
            new Province("41", "경기도", 37.4138, 127.5183, new String[] {"111 수원시 장안구", "131 성남시 수정구", "285 고양시 일산동구", "460 용인시 처인구"}),
            new Province("43", "충청북도", 36.6357, 127.4917, new String[] {"111 청주시 상당구", "130 충주시"}),
            new Province("44", "충청남도", 36.5184, 126.8000, new String[] {"131 천안시 동남구", "200 아산시"}),
            new Province("46", "전라남도", 34.8161, 126.4629, new String[] {"110 목포시", "130 여수시", "150 순천시"}),
            new Province("47", "경상북도", 36.4919, 128.8889, new String[] {"111 포항시 남구", "190 구미시", "130 경주시"}),
            new Province("48", "경상남도", 35.4606, 128.2132, new String[] {"121 창원시 의창구", "170 진주시", "310 거제시"}),
            new Province("50", "제주특별자치도", 33.4996, 126.5312, new String[] {"110 제주시", "130 서귀포시"}),
            new Province("51", "강원특별자치도", 37.8228, 128.1555, new String[] {"110 춘천시", "130 원주시", "150 강릉시"}),
            new Province("52", "전북특별자치도", 35.7175, 127.1530, new String[] {"111 전주시 완산구", "130 군산시"}));
    private static final String[] PLACES = {"공영주차장", "행정복지센터", "주민센터", "체육공원", "도서관", "이마트", "홈플러스", "아파트",
        "휴게소", "시청", "구청", "문화센터", "병원", "대학교", "역 환승주차장"};

    private final boolean enabled;
    private final Optional<String> credentialsFile;
    private final Pool pool;
    private final PersonalDataCipher cipher;

    public DemoNetwork(@ConfigProperty(name = "platform.demo.enabled", defaultValue = "false") boolean enabled,
                       @ConfigProperty(name = "platform.demo.credentials-file") Optional<String> credentialsFile, Pool pool,
                       PersonalDataCipher cipher) {
        this.enabled = enabled;
        this.credentialsFile = credentialsFile;
        this.pool = pool;
        this.cipher = cipher;
    }

    void loadAtStart(@Observes StartupEvent start) throws Throwable {
        if (!enabled) {
            return;
        }
        boolean present = VertxContextSupport.subscribeAndAwait(() -> pool.preparedQuery("SELECT 1 FROM operator WHERE operator_id = $1")
                .execute(Tuple.of(OPERATOR_ID)).map(rows -> rows.size() > 0));
        if (present) {
            return;
        }
        long started = System.nanoTime();
        String secret = OperatorAuth.random(32);
        VertxContextSupport.subscribeAndAwait(() -> pool.withTransaction(connection -> connection.preparedQuery(
                        "INSERT INTO operator (operator_id, name, service_phone, busi_id, secret_enc, secret_rotated_at) VALUES ($1, $2, $3, $4, $5, now())")
                .execute(Tuple.of(OPERATOR_ID, "데모충전", "1588-0000", BUSI_ID, cipher.encrypt(secret)))
                .chain(() -> insertNetwork(connection))));
        announce(secret);
        Log.infof("Demo charging network: %d stations, %d connectors in %d ms", STATIONS, STATIONS * CELLS_PER_STATION,
                (System.nanoTime() - started) / 1_000_000);
    }

    private Uni<Void> insertNetwork(io.vertx.mutiny.sqlclient.SqlConnection connection) {
        Random random = new Random(2026);
        List<Object[]> stations = new ArrayList<>();
        List<Object[]> equipment = new ArrayList<>();
        List<Object[]> cells = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(java.time.ZoneId.of("Asia/Seoul")).withNano(0);
        for (int s = 0; s < STATIONS; s++) {
            Province province = PROVINCES.get(s % PROVINCES.size());
            String[] district = province.districts()[random.nextInt(province.districts().length)].split(" ", 2);
            String stationId = String.format("DS%05d", s);
            String place = PLACES[random.nextInt(PLACES.length)];
            stations.add(new Object[] {stationId, district[1] + " " + place + " 충전소",
                province.name() + " " + district[1] + " " + place + "로 " + (1 + random.nextInt(300)), province.zcode() + district[0],
                province.lat() + (random.nextDouble() - 0.5) * 0.3, province.lng() + (random.nextDouble() - 0.5) * 0.3,
                random.nextInt(4) == 0 ? "09:00~22:00" : "24시간", random.nextInt(10) == 0 ? 100 : 1, random.nextInt(40) == 0 ? 6 : 50,
                random.nextBoolean() ? "Y" : "N"});
            for (int e = 0; e < 2; e++) {
                boolean fast = e == 0;
                String equipmentId = stationId + "-E" + e;
                equipment.add(new Object[] {equipmentId, stationId, fast ? 1 : 2, fast ? "100.0" : "7.0"});
                int count = fast ? 2 : CELLS_PER_STATION - 2;
                for (int c = 0; c < count; c++) {
                    int index = fast ? c : 2 + c;
                    int[] statuses = {1, 1, 1, 2, 3, 3, 0, 255};
                    cells.add(new Object[] {stationId + "-C" + index, equipmentId, stationId, String.format("%02d", index + 1), fast ? 2 : 3,
                        fast ? "750.0" : "220.0", fast ? "200.0" : "220.0", fast ? "200.0" : "32.0", fast ? "100.0" : "7.0",
                        statuses[random.nextInt(statuses.length)], now.minusMinutes(random.nextInt(600))});
                }
            }
        }
        return connection.preparedQuery("INSERT INTO station (operator_id, station_id, stat_id, station_name, address, area_code, station_lat,"
                        + " station_lng, busine_hours, station_type, station_status, park_free, service_tel)"
                        + " SELECT $1, s.id, '" + BUSI_ID + "' || lpad(to_base36(nextval('stat_id_seq')), 6, '0'), s.name, s.address, s.area,"
                        + " s.lat, s.lng, s.hours, s.type, s.status, s.park, '1588-0000' FROM unnest($2::text[], $3::text[], $4::text[],"
                        + " $5::text[], $6::float8[], $7::float8[], $8::text[], $9::int[], $10::int[], $11::text[])"
                        + " AS s(id, name, address, area, lat, lng, hours, type, status, park)")
                .execute(Tuple.from(columns(OPERATOR_ID, stations, 10)))
                .chain(() -> connection.preparedQuery("INSERT INTO equipment (operator_id, equipment_id, station_id, equipment_type, power)"
                                + " SELECT $1, e.id, e.station, e.type, e.power::numeric FROM unnest($2::text[], $3::text[], $4::int[], $5::text[])"
                                + " AS e(id, station, type, power)")
                        .execute(Tuple.from(columns(OPERATOR_ID, equipment, 4))))
                .chain(() -> connection.preparedQuery("INSERT INTO cell (operator_id, cell_id, equipment_id, station_id, chger_id, cell_type,"
                                + " cell_standard, rated_voltage_upper_limit, rated_voltage_lower_limit, rated_current, rated_power,"
                                + " electricity_fee, service_fee, fire_control, smoke_sensation)"
                                + " SELECT $1, c.id, c.eq, c.st, c.chger, c.type, 'KS C IEC 62196', c.up::numeric, c.low::numeric, c.cur::numeric,"
                                + " c.pow::numeric, '292.9 원/kWh', '0 원/kWh', 1, 1 FROM unnest($2::text[], $3::text[], $4::text[], $5::text[],"
                                + " $6::int[], $7::text[], $8::text[], $9::text[], $10::text[]) AS c(id, eq, st, chger, type, up, low, cur, pow)")
                        .execute(Tuple.from(columns(OPERATOR_ID, cells, 9))))
                .chain(() -> connection.preparedQuery("INSERT INTO cell_status (operator_id, cell_id, status, status_time, status_changed_at,"
                                + " received_at) SELECT $1, c.id, c.status, c.at, c.at, now() FROM unnest($2::text[], $3::int[], $4::timestamp[]) AS c(id, status, at)")
                        .execute(Tuple.of(OPERATOR_ID, cells.stream().map(c -> c[0]).toArray(String[]::new),
                                cells.stream().map(c -> c[9]).toArray(Integer[]::new),
                                cells.stream().map(c -> c[10]).toArray(LocalDateTime[]::new))))
                .replaceWithVoid();
    }

    /** The first {@code width} fields of the rows as one array per field, after the operator id. */
    private static List<Object> columns(String operatorId, List<Object[]> rows, int width) {
        List<Object> columns = new ArrayList<>();
        columns.add(operatorId);
        for (int field = 0; field < width; field++) {
            int index = field;
            Object first = rows.get(0)[index];
            if (first instanceof Integer) {
                columns.add(rows.stream().map(r -> (Integer) r[index]).toArray(Integer[]::new));
            } else if (first instanceof Double) {
                columns.add(rows.stream().map(r -> (Double) r[index]).toArray(Double[]::new));
            } else {
                columns.add(rows.stream().map(r -> (String) r[index]).toArray(String[]::new));
            }
        }
        return columns;
    }

    /** The secret is shown once: to the launcher through a file only its user can read, never in a log. */
    private void announce(String secret) {
        if (credentialsFile.isEmpty()) {
            Log.infof("Demo operator %s onboarded (issue its secret with POST /admin/charging/operators/%s/secret)", OPERATOR_ID, OPERATOR_ID);
            return;
        }
        try {
            OneTimeSecretFile.write(Path.of(credentialsFile.get()),
                    "operatorId=" + OPERATOR_ID + "\noperatorSecret=" + secret + "\nbusiId=" + BUSI_ID + "\n");
        } catch (IOException e) {
            Log.warnf("Could not write the demo operator's credentials to %s: %s", credentialsFile.get(), e.getMessage());
        }
    }
}
