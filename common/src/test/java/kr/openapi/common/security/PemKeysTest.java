package kr.openapi.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys in the forms operators have them: openssl's PKCS#8 and Helm's PKCS#1 private keys, bare public keys and
 * self-signed certificates. The keys are made by openssl itself, so the test says whether real files are read.
 */
class PemKeysTest {

    @TempDir
    Path dir;

    @Test
    void readsPkcs1PrivateKeyAndCertificateThatSignAndVerifyTogether() throws Exception {
        Path pkcs1 = openssl("genrsa", "-traditional", "-out", "rsa.key", "2048").resolve("rsa.key");
        assertThat(Files.readString(pkcs1)).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        openssl("req", "-new", "-x509", "-key", "rsa.key", "-subj", "/CN=test", "-days", "1", "-out", "rsa.crt");

        assertThat(verifies(pkcs1, dir.resolve("rsa.crt"))).isTrue();
    }

    @Test
    void readsPkcs8PrivateKeyAndBarePublicKey() throws Exception {
        openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "p8.key");
        openssl("pkey", "-in", "p8.key", "-pubout", "-out", "p8.pub");
        assertThat(Files.readString(dir.resolve("p8.key"))).startsWith("-----BEGIN PRIVATE KEY-----");

        assertThat(verifies(dir.resolve("p8.key"), dir.resolve("p8.pub"))).isTrue();
    }

    @Test
    void aSignatureDoesNotVerifyWithAnotherPairsCertificate() throws Exception {
        openssl("genrsa", "-traditional", "-out", "a.key", "2048");
        openssl("genrsa", "-traditional", "-out", "b.key", "2048");
        openssl("req", "-new", "-x509", "-key", "b.key", "-subj", "/CN=b", "-days", "1", "-out", "b.crt");

        assertThat(verifies(dir.resolve("a.key"), dir.resolve("b.crt"))).isFalse();
    }

    @Test
    void namesTheLocationOfWhatIsNotAKey() throws Exception {
        Path privateKeyFile = openssl("genrsa", "-traditional", "-out", "c.key", "2048").resolve("c.key");
        String location = privateKeyFile.toUri().toString();

        assertThatThrownBy(() -> PemKeys.publicKey(location)).hasMessageContaining(location);
        assertThatThrownBy(() -> PemKeys.privateKey(dir.resolve("missing.pem").toString())).hasMessageContaining("missing.pem");
    }

    private static boolean verifies(Path privateKey, Path publicKey) throws Exception {
        byte[] data = "토큰".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(PemKeys.privateKey(privateKey.toUri().toString()));
        signer.update(data);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(PemKeys.publicKey(publicKey.toString()));
        verifier.update(data);
        return verifier.verify(signature);
    }

    private Path openssl(String... arguments) throws Exception {
        String[] command = new String[arguments.length + 1];
        command[0] = "openssl";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return dir;
    }
}
