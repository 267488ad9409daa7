import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * What one HTTP Basic request pays to verify its password: the platform's Argon2id (Spring Security's
 * v5.8 defaults) matched on one thread. Run by bench/run consultation:
 * java -cp "target/cli/lib/*" bench/Argon2Cost.java
 */
public class Argon2Cost {
    public static void main(String[] args) {
        Argon2PasswordEncoder argon = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        String hash = argon.encode("bench-citizen-password-7");
        for (int i = 0; i < 5; i++) argon.matches("bench-citizen-password-7", hash); // warm-up
        int n = 30;
        long t = System.nanoTime();
        for (int i = 0; i < n; i++) argon.matches("bench-citizen-password-7", hash);
        double ms = (System.nanoTime() - t) / 1e6 / n;
        System.out.printf("Argon2id verification: %.1f ms per request on one thread (at most %.0f per second per core)%n", ms, 1000 / ms);
    }
}
