package kr.openapi.consent.repository;

import java.time.LocalDate;

/** A vehicle of the registry as stored: the owner's name and birth date encrypted, the items as JSON. */
public record StoredVehicle(String carRegNo, String ownerNameEnc, String ownerNameIndex, String ownerBirthEnc, String ownership,
                            String carName, LocalDate registeredOn, String itemsJson) {
}
