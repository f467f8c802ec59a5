package kr.openapi.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteHomeTest {

    @TempDir
    Path dir;

    @Test
    void onlyOneLauncherHoldsTheLock() {
        SuiteHome first = new SuiteHome(dir);
        SuiteHome second = new SuiteHome(dir);
        assertThat(first.tryLock()).isTrue();
        assertThat(second.tryLock()).isFalse();
        assertThat(second.isLockedByAnother()).isTrue();
        first.unlock();
        assertThat(second.isLockedByAnother()).isFalse();
        assertThat(second.tryLock()).isTrue();
        second.unlock();
    }

    @Test
    void remembersTheLaunchersPid() {
        SuiteHome home = new SuiteHome(dir);
        assertThat(home.readPid()).isEmpty();
        home.writePid(4242);
        assertThat(home.readPid()).hasValue(4242);
        home.deletePid();
        assertThat(home.readPid()).isEmpty();
    }

    @Test
    void resetWipesDataAndLogsOnly() throws Exception {
        SuiteHome home = new SuiteHome(dir);
        Files.createDirectories(home.postgresData().resolve("base"));
        Files.writeString(home.postgresData().resolve("base/1"), "x");
        Files.createDirectories(home.logs());
        Files.writeString(home.log(SuiteService.GATEWAY), "log");
        home.writePid(1);
        home.wipeData();
        assertThat(home.postgresData()).doesNotExist();
        assertThat(home.logs()).doesNotExist();
        assertThat(home.readPid()).hasValue(1);
    }

    @Test
    void servicesHaveTheDesignedPortsAndOwnDatabases() {
        assertThat(SuiteService.values()).extracting(SuiteService::port).containsExactly(8080, 8081, 8082, 8083, 8084, 8085);
        assertThat(SuiteService.values()).extracting(SuiteService::database).doesNotHaveDuplicates();
        assertThat(SuiteEnvironment.toEnvironmentName("quarkus.datasource.reactive.url")).isEqualTo("QUARKUS_DATASOURCE_REACTIVE_URL");
    }
}
