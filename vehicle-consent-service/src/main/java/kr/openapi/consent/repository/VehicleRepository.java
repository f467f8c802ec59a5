package kr.openapi.consent.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class VehicleRepository {

    private final Pool pool;

    public VehicleRepository(Pool pool) {
        this.pool = pool;
    }

    /** Inserts or replaces vehicles by plate, in one batch; {@code replace=false} keeps existing ones. */
    public Uni<Integer> upsert(SqlClient client, List<StoredVehicle> vehicles, boolean replace) {
        if (vehicles.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        String onConflict = replace
                ? " ON CONFLICT (car_reg_no) DO UPDATE SET owner_name_enc = EXCLUDED.owner_name_enc,"
                        + " owner_name_index = EXCLUDED.owner_name_index,"
                        // An import without the birth date keeps the one known for the same owner: a later import
                        // naming a namesake born another day is then still seen as another owner.
                        + " owner_birth_enc = CASE WHEN EXCLUDED.owner_birth_enc IS NULL AND vehicle.owner_name_index ="
                        + " EXCLUDED.owner_name_index THEN vehicle.owner_birth_enc ELSE EXCLUDED.owner_birth_enc END,"
                        + " ownership = EXCLUDED.ownership, car_name = EXCLUDED.car_name, registered_on = EXCLUDED.registered_on,"
                        + " items = EXCLUDED.items, updated_at = now()"
                : " ON CONFLICT (car_reg_no) DO NOTHING";
        return client.preparedQuery("INSERT INTO vehicle (car_reg_no, owner_name_enc, owner_name_index, owner_birth_enc, ownership,"
                        + " car_name, registered_on, items) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)" + onConflict)
                .executeBatch(vehicles.stream().map(vehicle -> Tuple.tuple().addString(vehicle.carRegNo())
                        .addString(vehicle.ownerNameEnc()).addString(vehicle.ownerNameIndex()).addString(vehicle.ownerBirthEnc())
                        .addString(vehicle.ownership()).addString(vehicle.carName()).addLocalDate(vehicle.registeredOn())
                        .addValue(new JsonObject(vehicle.itemsJson()))).toList())
                .map(rows -> vehicles.size());
    }

    /** The vehicles of these plates that are registered, locked until the transaction ends (an import replaces them). */
    public Uni<List<StoredVehicle>> lockAll(SqlClient client, List<String> plates) {
        return client.preparedQuery("SELECT car_reg_no, owner_name_enc, owner_name_index, owner_birth_enc, ownership, car_name,"
                        + " registered_on, items FROM vehicle WHERE car_reg_no = ANY($1) FOR UPDATE")
                .execute(Tuple.of(plates.toArray(String[]::new)))
                .map(rows -> {
                    List<StoredVehicle> found = new ArrayList<>();
                    rows.forEach(row -> found.add(of(row)));
                    return found;
                });
    }

    public Uni<StoredVehicle> find(String carRegNo) {
        return pool.preparedQuery("SELECT car_reg_no, owner_name_enc, owner_name_index, owner_birth_enc, ownership, car_name,"
                        + " registered_on, items FROM vehicle WHERE car_reg_no = $1")
                .execute(Tuple.of(carRegNo))
                .map(rows -> rows.size() == 0 ? null : of(rows.iterator().next()));
    }

    public Uni<Long> count() {
        return pool.query("SELECT count(*) FROM vehicle").execute().map(rows -> rows.iterator().next().getLong(0));
    }

    private static StoredVehicle of(Row row) {
        return new StoredVehicle(row.getString("car_reg_no"), row.getString("owner_name_enc"), row.getString("owner_name_index"),
                row.getString("owner_birth_enc"), row.getString("ownership"), row.getString("car_name"),
                row.getLocalDate("registered_on"), row.getJsonObject("items").encode());
    }
}
