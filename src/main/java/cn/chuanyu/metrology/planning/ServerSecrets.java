package cn.chuanyu.metrology.planning;

import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.HexFormat;

/** The server's contribution to a seed: 32 bytes from the operating system's CSPRNG, as 64 lowercase hex digits. */
@Component
class ServerSecrets {

    private final SecureRandom random;

    ServerSecrets() {
        this(new SecureRandom());
    }

    ServerSecrets(SecureRandom random) {
        this.random = random;
    }

    String next() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
