package kr.openapi.consent.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kr.openapi.common.privacy.PersonalDataMask;
import kr.openapi.consent.mapping.ConsentPage;
import kr.openapi.consent.mapping.VehicleItem;
import kr.openapi.consent.repository.ConsentFlow;
import kr.openapi.consent.repository.FlowStep;
import kr.openapi.consent.repository.InstitutionRepository;
import kr.openapi.consent.repository.ServiceCode;
import kr.openapi.consent.repository.ServiceCodeRepository;

/** Gathers what the page of a flow's current step shows. */
@ApplicationScoped
public class ConsentPages {

    private static final DateTimeFormatter REGISTERED_ON = DateTimeFormatter.ofPattern("yyyy.MM.dd");

    private final ConsentFlowService flows;
    private final InstitutionRepository institutions;
    private final ServiceCodeRepository services;
    private final VehicleRegistry registry;

    public ConsentPages(ConsentFlowService flows, InstitutionRepository institutions, ServiceCodeRepository services,
                        VehicleRegistry registry) {
        this.flows = flows;
        this.institutions = institutions;
        this.services = services;
        this.registry = registry;
    }

    public Uni<ConsentPage> of(StepResult result) {
        ConsentFlow flow = result.flow();
        boolean consentStep = flow.step == FlowStep.CONSENT;
        // Step 7 alone shows the services and the vehicle.
        return institutions.find(flow.insttCode).flatMap(institution -> (consentStep ? services.find(flow.svcCodes)
                : Uni.createFrom().item(List.<ServiceCode>of())).flatMap(offered ->
                (consentStep ? registry.find(flow.carRegNo) : Uni.createFrom().<Vehicle>nullItem()).map(vehicle -> new ConsentPage(
                        flow.step, flow.mobile, flow.csrfToken, institution.name(), flow.siteName,
                        flow.fixed, PersonalDataMask.name(flows.ownerName(flow)), PersonalDataMask.plate(flow.carRegNo), flow.carrier,
                        PersonalDataMask.phone(flows.phone(flow)), flows.codeSecondsLeft(flow), flows.resendsLeft(flow),
                        offered.stream().map(service -> new ConsentPage.ServiceChoice(service.svcCode(), service.name(),
                                String.join(", ", VehicleItem.labels(service.items())))).toList(),
                        vehicle == null ? null : new ConsentPage.VehicleRow(PersonalDataMask.plate(vehicle.carRegNo()), vehicle.carName(),
                                vehicle.registeredOn().format(REGISTERED_ON)),
                        result.error(), result.notice(),
                        result.withdrawToken() == null ? null : WITHDRAW_PATH + result.withdrawToken(),
                        flow.step == FlowStep.DONE ? flow.returnUrlA : null))));
    }

    /** Where an owner withdraws: the link shown once on the completion page. */
    public static final String WITHDRAW_PATH = "/aio365/provide/withdraw/";
}
