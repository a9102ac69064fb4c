package org.ekyc.hub.bench;

import java.util.concurrent.TimeUnit;
import javax.crypto.spec.SecretKeySpec;
import org.ekyc.hub.verification.privacy.PiiCipher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Cost of sealing and opening one PII column value (AES-256-GCM), per call. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PiiCipherBenchmark {

    private PiiCipher cipher;
    private String sealed;

    @Setup
    public void setUp() {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (i * 31 + 7);
        }
        cipher = new PiiCipher(new SecretKeySpec(key, "AES"));
        sealed = cipher.encrypt("응우옌 반 안");
    }

    @Benchmark
    public String encrypt() {
        return cipher.encrypt("응우옌 반 안");
    }

    @Benchmark
    public String decrypt() {
        return cipher.decrypt(sealed);
    }
}
