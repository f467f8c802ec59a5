package kr.openapi.common.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One entry of a service key's access IP list: a single IPv4/IPv6 address or a CIDR block. Parsed from text without
 * any DNS lookup (host names are refused), and never "everyone": {@code 0.0.0.0} is the application form's
 * placeholder, and {@code /0} blocks would disable the allowlist.
 */
public final class IpRange {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9a-fA-F:.]+");

    private final byte[] network;
    private final int prefixLength;
    private final String text;

    private IpRange(byte[] network, int prefixLength, String text) {
        this.network = network;
        this.prefixLength = prefixLength;
        this.text = text;
    }

    /**
     * @throws IllegalArgumentException with a message (in Korean, for the portal user) saying why the value is refused
     */
    public static IpRange parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("접근 IP가 비어 있습니다");
        }
        String trimmed = value.strip();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        byte[] bytes = literal(address, trimmed);
        int maxPrefix = bytes.length * 8;
        int prefix = maxPrefix;
        if (slash >= 0) {
            String prefixText = trimmed.substring(slash + 1);
            if (!prefixText.matches("\\d{1,3}") || Integer.parseInt(prefixText) > maxPrefix) {
                throw new IllegalArgumentException("CIDR 접두어 길이가 올바르지 않습니다: " + trimmed);
            }
            prefix = Integer.parseInt(prefixText);
        }
        if (prefix == 0 || isAllZero(bytes) && prefix == maxPrefix) {
            throw new IllegalArgumentException("모든 주소를 허용할 수 없습니다. 서버의 실제 IP를 입력하세요: " + trimmed);
        }
        byte[] network = mask(bytes, prefix);
        String canonical = canonical(network) + (prefix == maxPrefix ? "" : "/" + prefix);
        return new IpRange(network, prefix, canonical);
    }

    /** Whether {@code address} lies in this range; an IPv4-mapped IPv6 caller matches IPv4 entries. */
    public boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length == 16 && network.length == 4 && isIpv4Mapped(candidate)) {
            candidate = Arrays.copyOfRange(candidate, 12, 16);
        }
        if (candidate.length != network.length) {
            return false;
        }
        return Arrays.equals(mask(candidate, prefixLength), network);
    }

    /** Canonical text: the address in its shortest form, with {@code /prefix} when it is a block. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpRange range && range.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    private static byte[] literal(String address, String original) {
        boolean v4 = IPV4.matcher(address).matches();
        boolean v6 = address.contains(":") && IPV6_CHARS.matcher(address).matches();
        if (!v4 && !v6) {
            throw new IllegalArgumentException("IP 주소 또는 CIDR 형식이 아닙니다: " + original);
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (v6 && bytes.length == 4) {
                throw new IllegalArgumentException("IPv4 주소는 IPv4 형식으로 입력하세요: " + original);
            }
            return bytes;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("IP 주소 또는 CIDR 형식이 아닙니다: " + original);
        }
    }

    private static byte[] mask(byte[] address, int prefix) {
        byte[] masked = address.clone();
        for (int i = 0; i < masked.length; i++) {
            int bits = Math.max(0, Math.min(8, prefix - i * 8));
            masked[i] &= (byte) (0xFF << (8 - bits));
        }
        return masked;
    }

    private static boolean isAllZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv4Mapped(byte[] v6) {
        for (int i = 0; i < 10; i++) {
            if (v6[i] != 0) {
                return false;
            }
        }
        return v6[10] == (byte) 0xFF && v6[11] == (byte) 0xFF;
    }

    private static String canonical(byte[] network) {
        try {
            String host = InetAddress.getByAddress(network).getHostAddress();
            return network.length == 16 ? compressIpv6(host) : host;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Java prints {@code 2001:db8:0:0:0:0:0:1}; people and RFC 5952 write {@code 2001:db8::1}. */
    private static String compressIpv6(String full) {
        String[] groups = full.toLowerCase(Locale.ROOT).split(":");
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < groups.length; ) {
            if (!groups[i].equals("0")) {
                i++;
                continue;
            }
            int j = i;
            while (j < groups.length && groups[j].equals("0")) {
                j++;
            }
            if (j - i > bestLength && j - i > 1) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        if (bestStart < 0) {
            return String.join(":", groups);
        }
        String head = String.join(":", Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
        return head + "::" + tail;
    }
}
