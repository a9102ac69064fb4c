package org.ekyc.hub.routes.channel.mq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code wildfly-config/src/main/cli/optional/50-ibm-mq.cli} (switch to IBM MQ) against what the hub
 * reads and what the Artemis script defines: every queue of 20-messaging.cli is named for the queue
 * manager, the queue names the hub reads are set with the same defaults as kyc-hub.properties, and the
 * remove script takes back every property the script adds.
 */
class IbmMqCliScriptTest {

    private static final Path CLI = Path.of("..", "wildfly-config", "src", "main", "cli");
    private static final Pattern ADD = Pattern.compile(
            "/system-property=([a-z0-9.\\-]+):add\\(value=\"\\$\\{env\\.([A-Z0-9_]+)(?::([^}]*))?}\"\\)");

    @Test
    void everyArtemisQueueIsNamedForTheQueueManagerAndTheHubsQueueNamesAreSetAsItReadsThem() throws Exception {
        String artemis = Files.readString(CLI.resolve("20-messaging.cli"));
        String ibmMq = Files.readString(CLI.resolve("optional/50-ibm-mq.cli"));
        Set<String> queues = new LinkedHashSet<>();
        Matcher q = Pattern.compile("jms-queue=([A-Z.]+):add").matcher(artemis);
        while (q.find()) {
            queues.add(q.group(1));
        }
        assertThat(queues).contains("KYC.REQUEST", "KYC.DLQ", "KYC.ACCTOPEN", "KYC.ACCTRSP");
        for (String queue : queues) {
            assertThat(ibmMq).as(queue + " in the queue manager's MQSC list").contains("DEFINE QLOCAL('" + queue + "')");
        }

        Map<String, String[]> added = added(ibmMq);
        Properties hub = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/kyc-hub.properties")) {
            hub.load(in);
        }
        for (String key : new String[] {"kyc.mq.request-queue", "kyc.mq.dlq", "kyc.account-opening.request-queue",
                "kyc.account-opening.reply-queue"}) {
            assertThat(added).as(key).containsKey(key);
            String[] envAndDefault = added.get(key);
            assertThat(envAndDefault[1]).as(key + " default").isEqualTo(hub.getProperty(key));
            assertThat(envAndDefault[0]).as(key + " variable")
                    .isEqualTo(key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        assertThat(added.get("kyc.account-opening.request-queue")[1]).isEqualTo("KYC.ACCTOPEN");
        assertThat(added.get("kyc.account-opening.reply-queue")[1]).isEqualTo("KYC.ACCTRSP");
    }

    @Test
    void theRemoveScriptTakesBackEveryPropertyTheScriptAdds() throws Exception {
        String ibmMq = Files.readString(CLI.resolve("optional/50-ibm-mq.cli"));
        String remove = Files.readString(CLI.resolve("optional/remove-50-ibm-mq.cli"));
        Set<String> keys = new LinkedHashSet<>(added(ibmMq).keySet());
        Matcher plain = Pattern.compile("/system-property=([a-z0-9.\\-]+):add\\(").matcher(ibmMq);
        while (plain.find()) {
            keys.add(plain.group(1));
        }
        assertThat(keys).hasSizeGreaterThan(10);
        for (String key : keys) {
            assertThat(ibmMq).as(key + " guarded").contains("if (outcome != success) of /system-property=" + key + ":read-resource");
            assertThat(remove).as(key + " removed").contains("/system-property=" + key + ":remove");
        }
    }

    /** Property → {variable, default} for every {@code add(value="${env.X:default}")}. */
    private static Map<String, String[]> added(String script) {
        Map<String, String[]> out = new LinkedHashMap<>();
        Matcher m = ADD.matcher(script);
        while (m.find()) {
            out.put(m.group(1), new String[] {m.group(2), m.group(3)});
        }
        return out;
    }
}
