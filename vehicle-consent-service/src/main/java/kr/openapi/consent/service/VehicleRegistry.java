package kr.openapi.consent.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.openapi.common.privacy.PersonalDataCipher;
import kr.openapi.common.privacy.PersonalDataIndex;
import kr.openapi.common.result.ApiException;
import kr.openapi.consent.mapping.Plates;
import kr.openapi.consent.mapping.VehicleItem;
import kr.openapi.consent.mapping.VehicleRecord;
import kr.openapi.consent.mapping.VehicleRecord.Ownership;
import kr.openapi.consent.repository.ConsentRepository;
import kr.openapi.consent.repository.StoredVehicle;
import kr.openapi.consent.repository.VehicleRepository;

/** The vehicle registry: imported by staff, read by the owner check (seed ⑥-1) and by the institutions' data calls. */
@ApplicationScoped
public class VehicleRegistry {

    /** At most this many vehicles per import call. */
    public static final int MAX_BATCH = 10_000;
    private static final String OWNER_NAME = "vehicle-owner-name";

    private final Pool pool;
    private final VehicleRepository vehicles;
    private final ConsentRepository consents;
    private final PersonalDataCipher cipher;
    private final PersonalDataIndex index;
    private final ObjectMapper json;

    public VehicleRegistry(Pool pool, VehicleRepository vehicles, ConsentRepository consents, PersonalDataCipher cipher,
                           PersonalDataIndex index, ObjectMapper json) {
        this.pool = pool;
        this.vehicles = vehicles;
        this.consents = consents;
        this.cipher = cipher;
        this.index = index;
        this.json = json;
    }

    /**
     * Inserts vehicles and replaces those already there, by plate. Where a vehicle's owner changed (another name, or
     * another birth date where both are known), the consents its previous owner gave are withdrawn in the same
     * transaction, recorded as by {@code staff}: they were the previous owner's to give, and a namesake who now
     * owns the car never gave them.
     */
    public Uni<Integer> importReplacing(List<VehicleRecord> records, String staff) {
        List<StoredVehicle> incoming = storedAll(records);
        OffsetDateTime now = OffsetDateTime.now();
        return pool.withTransaction(client -> vehicles.lockAll(client, incoming.stream().map(StoredVehicle::carRegNo).toList())
                .flatMap(existing -> {
                    List<String> changedHands = changedHands(existing, incoming);
                    Uni<List<UUID>> withdrawn = changedHands.isEmpty() ? Uni.createFrom().item(List.of())
                            : consents.withdrawOfVehicles(client, changedHands, staff, "차량 소유자 변경", now);
                    return withdrawn.invoke(ids -> {
                        if (!ids.isEmpty()) {
                            Log.infof("%d consent(s) withdrawn: %d vehicle(s) changed owner in a registry import", ids.size(), changedHands.size());
                        }
                    }).flatMap(ids -> vehicles.upsert(client, incoming, true));
                }));
    }

    /** Inserts the vehicles not registered yet and keeps those already there. */
    public Uni<Integer> importMissing(List<VehicleRecord> records) {
        List<StoredVehicle> incoming = storedAll(records);
        return pool.withTransaction(client -> vehicles.upsert(client, incoming, false));
    }

    private List<StoredVehicle> storedAll(List<VehicleRecord> records) {
        if (records.size() > MAX_BATCH) {
            throw ApiException.invalidParameter("한 번에 " + MAX_BATCH + "대까지 등록할 수 있습니다: " + records.size());
        }
        return records.stream().map(this::stored).toList();
    }

    /** The plates whose incoming owner is not the registered one. */
    private List<String> changedHands(List<StoredVehicle> existing, List<StoredVehicle> incoming) {
        Map<String, StoredVehicle> registered = new HashMap<>();
        existing.forEach(vehicle -> registered.put(vehicle.carRegNo(), vehicle));
        List<String> changed = new ArrayList<>();
        for (StoredVehicle vehicle : incoming) {
            StoredVehicle before = registered.get(vehicle.carRegNo());
            if (before == null) {
                continue;
            }
            String birthBefore = cipher.decrypt(before.ownerBirthEnc());
            String birthNow = cipher.decrypt(vehicle.ownerBirthEnc());
            boolean otherBirth = birthBefore != null && birthNow != null && !birthBefore.equals(birthNow);
            if (!before.ownerNameIndex().equals(vehicle.ownerNameIndex()) || otherBirth) {
                changed.add(vehicle.carRegNo());
            }
        }
        return changed;
    }

    /** The vehicle of a plate (any spacing), or null. */
    public Uni<Vehicle> find(String carRegNo) {
        String plate = Plates.normalize(carRegNo);
        if (plate == null) {
            return Uni.createFrom().nullItem();
        }
        return vehicles.find(plate).map(stored -> stored == null ? null : vehicle(stored));
    }

    public Uni<Long> count() {
        return vehicles.count();
    }

    /** The blind index of an owner's name, as registry rows and consents carry it. */
    public String ownerNameIndex(String ownerName) {
        return index.of(OWNER_NAME, normalizeName(ownerName));
    }

    /** Names compare after Unicode normalisation and outer spaces, as the owner typed them. */
    public static String normalizeName(String name) {
        return name == null ? null : Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    }

    private StoredVehicle stored(VehicleRecord record) {
        String plate = Plates.normalize(record.carRegNo());
        LocalDate registeredOn;
        try {
            registeredOn = LocalDate.parse(record.registeredOn());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidParameter("registeredOn이 날짜가 아닙니다: " + record.registeredOn());
        }
        if (record.items() != null) {
            List<String> unknown = record.items().keySet().stream().filter(code -> VehicleItem.of(code).isEmpty()).toList();
            if (!unknown.isEmpty()) {
                throw ApiException.invalidParameter(plate + ": 알 수 없는 항목 " + String.join(", ", unknown));
            }
        }
        if (record.ownerBirthDate() != null) {
            try {
                LocalDate.parse(record.ownerBirthDate(), DateTimeFormatter.BASIC_ISO_DATE);
            } catch (DateTimeParseException e) {
                throw ApiException.invalidParameter(plate + ": ownerBirthDate가 날짜(yyyyMMdd)가 아닙니다: " + record.ownerBirthDate());
            }
        }
        ObjectNode items = SyntheticVehicles.items(plate, record.carName(), registeredOn, record.items());
        String name = normalizeName(record.ownerName());
        return new StoredVehicle(plate, cipher.encrypt(name), ownerNameIndex(name), cipher.encrypt(record.ownerBirthDate()),
                record.ownership().name(), record.carName().strip(), registeredOn, items.toString());
    }

    private Vehicle vehicle(StoredVehicle stored) {
        try {
            return new Vehicle(stored.carRegNo(), cipher.decrypt(stored.ownerNameEnc()), stored.ownerNameIndex(),
                    Ownership.valueOf(stored.ownership()), stored.carName(), stored.registeredOn(),
                    (ObjectNode) json.readTree(stored.itemsJson()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the registry's items are JSON the database checked", e);
        }
    }
}
