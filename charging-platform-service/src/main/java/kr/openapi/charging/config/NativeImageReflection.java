package kr.openapi.charging.config;

import io.quarkus.runtime.annotations.RegisterForReflection;
import kr.openapi.charging.mapping.CallbackBody;
import kr.openapi.charging.mapping.CellBody;
import kr.openapi.charging.mapping.ChargeRecordBody;
import kr.openapi.charging.mapping.EquipmentBody;
import kr.openapi.charging.mapping.ProcessData;
import kr.openapi.charging.mapping.StationBody;
import kr.openapi.charging.mapping.StatusReport;
import kr.openapi.charging.mapping.TariffBody;

/**
 * Native image: the operator API reads its bodies with Jackson itself (BodyReader, to answer in the protocol's
 * envelope), so Quarkus cannot see these types in a resource signature and register them.
 */
@RegisterForReflection(targets = {CallbackBody.class, CellBody.class, ChargeRecordBody.class, ChargeRecordBody.ChargeDetail.class,
        EquipmentBody.class, ProcessData.class, StationBody.class, StatusReport.class, TariffBody.class})
final class NativeImageReflection {

    private NativeImageReflection() {
    }
}
