package kr.openapi.charging.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kr.openapi.charging.mapping.CellBody;
import kr.openapi.charging.mapping.CellView;
import kr.openapi.charging.mapping.EquipmentBody;
import kr.openapi.charging.mapping.EquipmentView;
import kr.openapi.charging.mapping.Page;
import kr.openapi.common.paging.PageRequest;
import kr.openapi.charging.mapping.PlatformFailure;
import kr.openapi.charging.mapping.StationBody;
import kr.openapi.charging.mapping.StationView;
import kr.openapi.charging.repository.CellRepository;
import kr.openapi.charging.repository.CredentialRepository;
import kr.openapi.charging.repository.EquipmentRepository;
import kr.openapi.charging.repository.StationRepository;

/**
 * An operator's network: stations, their chargers (equipment) and the chargers' connectors (cells). What the
 * annotations on the bodies cannot say is checked here: codes that are not ranges, lower limits above upper ones,
 * a body naming another operator. A station with equipment, or equipment with connectors, is not deleted (409):
 * a cascade would silently drop connectors that still report.
 */
@ApplicationScoped
public class NetworkService {

    static final Set<Integer> STATION_TYPES = Set.of(1, 50, 100, 101, 102, 103, 255);
    static final Set<Integer> STATION_STATUSES = Set.of(0, 1, 5, 6, 50);

    private final StationRepository stations;
    private final EquipmentRepository equipment;
    private final CellRepository cells;
    private final CredentialRepository operators;

    public NetworkService(StationRepository stations, EquipmentRepository equipment, CellRepository cells, CredentialRepository operators) {
        this.stations = stations;
        this.equipment = equipment;
        this.cells = cells;
        this.operators = operators;
    }

    public Uni<Void> submitStation(String operatorId, StationBody station) {
        check(operatorId, station);
        return operators.credentials(operatorId).flatMap(found -> {
            String busiId = found.map(CredentialRepository.Credentials::busiId).orElse(null);
            if (busiId == null) {
                throw new PlatformFailure(409, "this operator has no busiId yet: platform staff set it before stations are submitted");
            }
            return stations.insert(operatorId, busiId.strip(), station);
        }).map(inserted -> require(inserted, 409, "stationId " + station.stationId() + " exists: modify it with PUT"));
    }

    public Uni<Void> modifyStation(String operatorId, StationBody station) {
        check(operatorId, station);
        return stations.update(operatorId, station).map(updated -> require(updated, 404, "stationId " + station.stationId() + " not found"));
    }

    public Uni<Void> deleteStation(String operatorId, String stationId) {
        return stations.delete(operatorId, required("stationId", stationId)).map(deleted -> {
            if (deleted < 0) {
                throw PlatformFailure.conflict("stationId " + stationId + " has equipment: delete its equipment first");
            }
            return require(deleted == 1, 404, "stationId " + stationId + " not found");
        });
    }

    public Uni<Page<StationView>> stations(String operatorId, PageRequest page) {
        return Page.of(page, stations.count(operatorId), stations.page(operatorId, page));
    }

    public Uni<Void> submitEquipment(String operatorId, EquipmentBody body) {
        check(operatorId, body);
        return equipment.insert(operatorId, body).map(outcome -> equipmentOutcome(outcome, body));
    }

    public Uni<Void> modifyEquipment(String operatorId, EquipmentBody body) {
        check(operatorId, body);
        return equipment.update(operatorId, body).map(outcome -> equipmentOutcome(outcome, body));
    }

    public Uni<Void> deleteEquipment(String operatorId, String equipmentId) {
        return equipment.delete(operatorId, required("equipmentId", equipmentId)).map(outcome -> switch (outcome) {
            case DONE -> null;
            case IN_USE -> throw PlatformFailure.conflict("equipmentId " + equipmentId + " has connectors: delete them first");
            default -> throw PlatformFailure.notFound("equipmentId " + equipmentId);
        });
    }

    public Uni<Page<EquipmentView>> equipment(String operatorId, PageRequest page) {
        return Page.of(page, equipment.count(operatorId), equipment.page(operatorId, page));
    }

    public Uni<Void> submitCell(String operatorId, CellBody body) {
        check(operatorId, body);
        return cells.insert(operatorId, body).map(outcome -> cellOutcome(outcome, body));
    }

    public Uni<Void> modifyCell(String operatorId, CellBody body) {
        check(operatorId, body);
        return cells.update(operatorId, body).map(outcome -> cellOutcome(outcome, body));
    }

    public Uni<Void> deleteCell(String operatorId, String cellId) {
        return cells.delete(operatorId, required("cellId", cellId)).map(deleted -> require(deleted, 404, "cellId " + cellId + " not found"));
    }

    public Uni<Page<CellView>> cells(String operatorId, PageRequest page) {
        return Page.of(page, cells.count(operatorId), cells.page(operatorId, page));
    }

    private static Void equipmentOutcome(EquipmentRepository.Outcome outcome, EquipmentBody body) {
        return switch (outcome) {
            case DONE -> null;
            case EXISTS -> throw PlatformFailure.conflict("equipmentId " + body.equipmentId() + " exists: modify it with PUT");
            case NO_SUCH_STATION -> throw PlatformFailure.badRequest("stationId " + body.stationId() + ": no such station of this operator");
            case IN_USE -> throw PlatformFailure.conflict("equipmentId " + body.equipmentId()
                    + " has connectors: it cannot move to another station");
            case ABSENT -> throw PlatformFailure.notFound("equipmentId " + body.equipmentId());
        };
    }

    private static Void cellOutcome(CellRepository.Outcome outcome, CellBody body) {
        return switch (outcome) {
            case DONE -> null;
            case EXISTS -> throw PlatformFailure.conflict("cellId " + body.cellId() + " exists: modify it with PUT");
            case NO_SUCH_EQUIPMENT -> throw PlatformFailure.badRequest("equipmentId " + body.equipmentId() + ": no such equipment of this operator");
            case OTHER_STATION -> throw PlatformFailure.badRequest("equipmentId " + body.equipmentId()
                    + " is on another station: a connector cannot move between stations (delete it and submit it there)");
            case STATION_FULL -> throw PlatformFailure.conflict("the station of equipmentId " + body.equipmentId() + " has 99 connectors");
            case ABSENT -> throw PlatformFailure.notFound("cellId " + body.cellId());
        };
    }

    private static void check(String operatorId, StationBody station) {
        List<String> problems = new ArrayList<>();
        ownOperator(operatorId, station.operatorId(), problems);
        if (!STATION_TYPES.contains(station.stationType())) {
            problems.add("stationType: must be 1, 50, 100, 101, 102, 103 or 255");
        }
        if (!STATION_STATUSES.contains(station.stationStatus())) {
            problems.add("stationStatus: must be 0, 1, 5, 6 or 50");
        }
        refuse(problems);
    }

    private static void check(String operatorId, EquipmentBody body) {
        List<String> problems = new ArrayList<>();
        ownOperator(operatorId, body.operatorId(), problems);
        if (body.productionDate() != null) {
            try {
                LocalDate.parse(body.productionDate());
            } catch (DateTimeException e) {
                problems.add("productionDate: not a date: " + body.productionDate());
            }
        }
        refuse(problems);
    }

    private static void check(String operatorId, CellBody body) {
        List<String> problems = new ArrayList<>();
        ownOperator(operatorId, body.operatorId(), problems);
        if (body.ratedVoltageLowerLimit() > body.ratedVoltageUpperLimit()) {
            problems.add("ratedVoltageLowerLimit: " + body.ratedVoltageLowerLimit() + " is above ratedVoltageUpperLimit "
                    + body.ratedVoltageUpperLimit());
        }
        refuse(problems);
    }

    private static void ownOperator(String caller, String inBody, List<String> problems) {
        if (inBody != null && !inBody.isBlank() && !inBody.strip().equals(caller)) {
            throw new PlatformFailure(403, "operatorId " + inBody + " is not the calling operator (" + caller + ")");
        }
    }

    private static void refuse(List<String> problems) {
        if (!problems.isEmpty()) {
            throw PlatformFailure.badRequest(String.join("; ", problems));
        }
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw PlatformFailure.badRequest(name + " is required");
        }
        if (value.length() > 64 || value.chars().anyMatch(Character::isISOControl)) {
            throw PlatformFailure.badRequest(name + ": at most 64 characters, no control characters");
        }
        return value.strip();
    }

    private static Void require(boolean condition, int status, String otherwise) {
        if (!condition) {
            throw new PlatformFailure(status, otherwise);
        }
        return null;
    }
}
