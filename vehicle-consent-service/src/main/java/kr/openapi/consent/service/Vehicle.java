package kr.openapi.consent.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import kr.openapi.consent.mapping.VehicleRecord.Ownership;

/** A registry vehicle with its owner's name decrypted, for the owner check and the data call. */
public record Vehicle(String carRegNo, String ownerName, String ownerNameIndex, Ownership ownership, String carName,
                      LocalDate registeredOn, ObjectNode items) {
}
