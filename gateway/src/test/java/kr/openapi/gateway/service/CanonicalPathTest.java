package kr.openapi.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "/openapi/svc/all/list.excel/../../../../admin/catalog/services",
            "/openapi/svc/all/list.excel/%2e%2e/%2e%2e/admin",
            "/openapi/svc/all/list.excel/%2E%2E/admin",
            "/openapi/svc/all/list.excel/.%2e/admin",
            "/openapi/svc/all/list.excel/%2e./admin",
            "/openapi/svc/all/list.excel/%252e%252e/admin",
            "/openapi/svc/all/list.excel/..",
            "/openapi/svc/all/list.excel/.",
            "/aio365/provide/./../admin",
            "/aio365/provide//../admin",
            "/aio365/provide/;/../admin",
            "/aio365/provide;x=1/admin",
            "/aio365/provide/..;/admin",
            "/aio365/provide/%2fadmin",
            "/aio365/provide/%2Fadmin",
            "/aio365/provide/%5cadmin",
            "/aio365/provide/\\..\\admin",
            "/aio365/provide/%3badmin",
            "/aio365/provide/%00",
            "/aio365/provide/%0d%0aX-Injected:1",
            "/aio365/provide/\u0000",
            "/aio365/provide/\u0009",
            "/aio365/provide/\u007f",
            "/aio365/provide/\u0085",
            "/aio365/provide/가",
            "/aio365/provide/%",
            "/aio365/provide/%2",
            "/aio365/provide/%zz",
            "/aio365/provide/a b",
            "/aio365/provide/<script>",
            "/aio365/provide/#x",
            "relative/path",
            "*",
            ""})
    void refusesWhatServersReadDifferently(String raw) {
        CanonicalPath path = CanonicalPath.of(raw);
        assertThat(path.refused()).as(raw).isTrue();
        assertThat(path.refusal()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "/openapi/svc/list| /openapi/svc/list",
            "/openapi/svc/all/list.excel| /openapi/svc/all/list.excel",
            "//openapi//svc///list| /openapi/svc/list",
            "/openapi/svc/list/| /openapi/svc/list/",
            "/api/v1/%61dmin/applications| /api/v1/admin/applications",
            "/%6fpenapi/svc/%4Cist| /openapi/svc/List",
            "/openapi/svc/list%2Eexcel| /openapi/svc/list.excel",
            "/portal/products/%EA%B0%80| /portal/products/%EA%B0%80",
            "/portal/a%20b| /portal/a%20b",
            "/portal/...hidden| /portal/...hidden",
            "/portal/a.b/c| /portal/a.b/c",
            "/portal/~user/@x:y!$&'()*+,=| /portal/~user/@x:y!$&'()*+,="})
    void resolvesHarmlessFormsToOnePath(String raw, String canonical) {
        assertThat(CanonicalPath.of(raw).path()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/openapi/svc/list", "/api/v1/members/me", "/portal/"})
    void aCanonicalPathIsReturnedAsItIs(String raw) {
        assertThat(CanonicalPath.of(raw).path()).isSameAs(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a/%2e%2e/b", "/a/\u0000/b"})
    void anEncodedDotSegmentThatOnlyAppearsAfterDecodingIsRefusedToo(String raw) {
        assertThat(CanonicalPath.of(raw).refused()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aRefusedPathIsLoggedPrintably() {
        assertThat(CanonicalPath.printable("/a\r\nFake: line\u0000")).isEqualTo("/a\\u000d\\u000aFake: line\\u0000");
    }
}
