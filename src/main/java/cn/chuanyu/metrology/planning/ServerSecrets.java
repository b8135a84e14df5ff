package cn.chuanyu.metrology.planning;

import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The server's contribution to a seed: 32 bytes from the operating system's CSPRNG, as 64 lowercase hex digits.
 * Unpredictable on purpose, so not seeded or passed in like the draw's own random stream.
 */
@Component
class ServerSecrets {

    private final SecureRandom random = new SecureRandom();

    String next() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
