package kr.openapi.charging.mapping;

/**
 * A safety warning: {@code type} FAULT, OVER_TEMPERATURE, OVER_CURRENT, VOLTAGE or NO_SAFETY_EQUIPMENT; {@code level}
 * NOTICE, WARNING or CRITICAL; {@code clearedAt} null while the condition lasts.
 */
public record SafetyWarning(long warningId, String operatorId, String cellId, String type, String level, String raisedAt, String clearedAt,
                            String detail) {
}
