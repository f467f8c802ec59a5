package kr.openapi.common.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class IpRangeTest {

    @Test
    void singleAddressesMatchOnlyThemselves() throws Exception {
        IpRange range = IpRange.parse(" 128.0.0.1 ");
        assertThat(range).hasToString("128.0.0.1");
        assertThat(range.contains(InetAddress.getByName("128.0.0.1"))).isTrue();
        assertThat(range.contains(InetAddress.getByName("128.0.0.2"))).isFalse();
        assertThat(range.contains(InetAddress.getByName("::ffff:128.0.0.1"))).isTrue();
    }

    @Test
    void cidrBlocksMatchTheirWholeBlockAndAreNormalised() throws Exception {
        IpRange range = IpRange.parse("203.0.113.77/24");
        assertThat(range).hasToString("203.0.113.0/24");
        assertThat(range.contains(InetAddress.getByName("203.0.113.1"))).isTrue();
        assertThat(range.contains(InetAddress.getByName("203.0.114.1"))).isFalse();
        assertThat(IpRange.parse("10.0.0.0/8").contains(InetAddress.getByName("10.255.1.2"))).isTrue();
    }

    @Test
    void ipv6AddressesAndBlocks() throws Exception {
        IpRange range = IpRange.parse("2001:DB8:0:0::/32");
        assertThat(range).hasToString("2001:db8::/32");
        assertThat(range.contains(InetAddress.getByName("2001:db8:1234::1"))).isTrue();
        assertThat(range.contains(InetAddress.getByName("2001:db9::1"))).isFalse();
        assertThat(range.contains(InetAddress.getByName("192.0.2.1"))).isFalse();
        assertThat(IpRange.parse("2001:0db8:0000:0000:0000:0000:0000:0001")).hasToString("2001:db8::1");
        assertThat(IpRange.parse("::1")).hasToString("::1");
    }

    @Test
    void refusesThePlaceholderEveryoneAndNonAddresses() {
        assertThatThrownBy(() -> IpRange.parse("0.0.0.0")).hasMessageContaining("모든 주소");
        assertThatThrownBy(() -> IpRange.parse("0.0.0.0/0")).hasMessageContaining("모든 주소");
        assertThatThrownBy(() -> IpRange.parse("::/0")).hasMessageContaining("모든 주소");
        assertThatThrownBy(() -> IpRange.parse("::")).hasMessageContaining("모든 주소");
        assertThatThrownBy(() -> IpRange.parse("256.1.1.1")).hasMessageContaining("형식");
        assertThatThrownBy(() -> IpRange.parse("1.2.3")).hasMessageContaining("형식");
        assertThatThrownBy(() -> IpRange.parse("example.com")).hasMessageContaining("형식");
        assertThatThrownBy(() -> IpRange.parse("1.2.3.4/33")).hasMessageContaining("접두어");
        assertThatThrownBy(() -> IpRange.parse("1.2.3.4/")).hasMessageContaining("접두어");
        assertThatThrownBy(() -> IpRange.parse("")).hasMessageContaining("비어");
    }
}
