package kr.openapi.driver.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.openapi.common.secret.OneTimeSecretFile;
import kr.openapi.driver.mapping.FeedCounts;
import kr.openapi.driver.mapping.NewClient;
import kr.openapi.driver.mapping.PolicyRecord;
import kr.openapi.driver.mapping.ProtocolTime;
import kr.openapi.driver.repository.ClientRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the local suite starts with ({@code driver.demo.enabled}; off in production): a demo program vendor, whose
 * clientSecurity is written once to a file the suite's launcher prints and deletes, and a generated insurer feed
 * whose drivers the README's session registers and looks up.
 */
@ApplicationScoped
public class DemoData {

    /** The seed's sample business number, so the seed's sample requests work with only the keys changed. */
    public static final String APP_BIZ_CODE = "1112255555";
    private static final String[] NAMES = {"김민준", "이서연", "박도윤", "최지우", "정하준", "강서윤", "조시우", "윤지민", "장예준", "임수아"};
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final boolean enabled;
    private final int policies;
    private final Optional<String> credentialsFile;
    private final ClientRepository clients;
    private final ClientService clientService;
    private final PolicyFeed feed;

    public DemoData(@ConfigProperty(name = "driver.demo.enabled", defaultValue = "false") boolean enabled,
                    @ConfigProperty(name = "driver.demo.policies", defaultValue = "2000") int policies,
                    @ConfigProperty(name = "driver.demo.credentials-file") Optional<String> credentialsFile,
                    ClientRepository clients, ClientService clientService, PolicyFeed feed) {
        this.enabled = enabled;
        this.policies = policies;
        this.credentialsFile = credentialsFile;
        this.clients = clients;
        this.clientService = clientService;
        this.feed = feed;
    }

    void loadAtStart(@Observes StartupEvent start) throws Throwable {
        if (!enabled) {
            return;
        }
        VertxContextSupport.subscribeAndAwait(() -> clients.findByBusiness(APP_BIZ_CODE).flatMap(existing -> existing != null
                ? io.smallrye.mutiny.Uni.createFrom().voidItem()
                : clientService.onboard(new NewClient(APP_BIZ_CODE, "데모 대리운전 프로그램사"))
                        .flatMap(client -> clientService.rotateSecurity(client.clientKey)
                                .invoke(security -> announce(client.clientKey, security)))
                        .replaceWithVoid()));
        FeedCounts loaded = VertxContextSupport.subscribeAndAwait(() -> feed.upload(generatedFeed(policies)));
        Log.infof("Demo insurer feed: %d policies (%d new)", loaded.received(), loaded.inserted());
    }

    /** The secret is shown once: to the launcher through a file only its user can read, never in a log. */
    private void announce(String clientKey, String clientSecurity) {
        String text = "clientKey=" + clientKey + "\nclientSecurity=" + clientSecurity + "\nappBizCode=" + APP_BIZ_CODE + "\n";
        if (credentialsFile.isEmpty()) {
            Log.infof("Demo client onboarded: clientKey %s, appBizCode %s (issue its clientSecurity with "
                    + "POST /admin/driver/clients/%s/security)", clientKey, APP_BIZ_CODE, clientKey);
            return;
        }
        try {
            OneTimeSecretFile.write(Path.of(credentialsFile.get()), text);
            Log.infof("Demo client onboarded: clientKey %s, appBizCode %s (its clientSecurity is shown once by ./suite)",
                    clientKey, APP_BIZ_CODE);
        } catch (IOException e) {
            Log.warnf("Could not write the demo client's credentials to %s: %s", credentialsFile.get(), e.getMessage());
        }
    }

    /**
     * Policies of generated drivers: driver {@code i} is {@code NAMES[i % 10]}, registerNo {@code 85MMDD1}-like and
     * phone {@code 0109000xxxx}; a year of cover running now, and for every other driver a renewal after it.
     */
    static List<PolicyRecord> generatedFeed(int count) {
        LocalDateTime now = LocalDateTime.now(ProtocolTime.SEOUL).withNano(0);
        List<PolicyRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = NAMES[i % NAMES.length];
            String registerNo = String.format("%02d%02d%02d%d", 70 + i % 30, 1 + i % 12, 1 + i % 28, 1 + i % 2);
            String phone = String.format("0109%07d", i + 1);
            LocalDateTime from = now.minusDays(30 + i % 300);
            records.add(policy(name, registerNo, phone, String.format("08-D%012d", i), from, from.plusYears(1), i));
            if (i % 2 == 0) {
                records.add(policy(name, registerNo, phone, String.format("09-D%012d", i), from.plusYears(1), from.plusYears(2), i));
            }
        }
        return records;
    }

    private static PolicyRecord policy(String name, String registerNo, String phone, String number, LocalDateTime from,
                                       LocalDateTime to, int i) {
        return new PolicyRecord(name, registerNo, phone, number, from.format(STAMP), to.format(STAMP), "1", "5000", "5000",
                "020", "005", "050", "10000", "05000", "10000", i % 3 == 0 ? "00000" : "10000", "0" + (1 + i % 9),
                new String[] {"가나손해보험", "다라화재", "마바손보", "사아화재", "자차손해보험", "카타화재", "파하손보", "한국대리보험", "서울화재"}[i % 9]);
    }
}
