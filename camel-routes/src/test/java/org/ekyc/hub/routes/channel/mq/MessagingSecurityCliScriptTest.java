package org.ekyc.hub.routes.channel.mq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code wildfly-config/src/main/cli/21-messaging-security.cli} applied to an embedded Artemis broker
 * (the permissions as the script writes them, the queues with WildFly's {@code jms.queue.} addresses):
 * core banking's MQ bridge sends requests and reads replies and nothing else, core banking's
 * account-opening side reads orders and answers them, the hub does its part, no role creates a queue.
 * The hub's development user and password are the ones wildfly-config provisions.
 */
class MessagingSecurityCliScriptTest {

    private static final Path CLI = Path.of("..", "wildfly-config", "src", "main", "cli");
    private static final Pattern ROLE = Pattern.compile(
            "security-setting=([A-Za-z.#]+)/role=([a-z-]+):add\\(([^)]*)\\)");
    private static final String[] QUEUES = {"KYC.REQUEST", "KYC.REPLY", "KYC.DLQ", "KYC.ACCTOPEN", "KYC.ACCTRSP"};
    private static final Map<String, String> ROLE_OF = Map.of("bridge", "kyc-bridge", "core", "kyc-core", "hub", "kyc-hub");
    private static EmbeddedActiveMQ broker;

    @BeforeAll
    static void startBrokerWithTheScriptsPermissions() throws Exception {
        String script = Files.readString(CLI.resolve("21-messaging-security.cli"));
        assertThat(script).contains("security-setting=#/role=guest:remove");
        Map<String, Set<Role>> settings = new HashMap<>();
        Matcher m = ROLE.matcher(script);
        while (m.find()) {
            Set<String> perms = new HashSet<>();
            for (String p : m.group(3).split(",")) {
                String[] kv = p.trim().split("=");
                if (kv.length == 2 && kv[1].trim().equals("true")) {
                    perms.add(kv[0].trim());
                }
            }
            assertThat(perms).as(m.group(0)).isSubsetOf("send", "consume");
            settings.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(new Role(m.group(2), perms.contains("send"),
                    perms.contains("consume"), false, false, false, false, false, false, false, false));
        }
        assertThat(settings).doesNotContainKey("#");
        ConfigurationImpl config = new ConfigurationImpl();
        config.setPersistenceEnabled(false);
        config.setSecurityEnabled(true);
        config.addAcceptorConfiguration("in-vm", "vm://3");
        config.putSecurityRoles("#", Set.of());
        settings.forEach(config::putSecurityRoles);
        for (String q : QUEUES) {
            config.addQueueConfiguration(QueueConfiguration.of("jms.queue." + q).setRoutingType(RoutingType.ANYCAST));
        }
        broker = new EmbeddedActiveMQ().setConfiguration(config);
        broker.setSecurityManager(new OneRoleEach());
        broker.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.stop();
    }

    /** Users "bridge", "core" and "hub" (password = user name) with their role; anyone else is refused. */
    private static final class OneRoleEach implements ActiveMQSecurityManager {
        @Override
        public boolean validateUser(String user, String password) {
            return user != null && ROLE_OF.containsKey(user) && user.equals(password);
        }

        @Override
        public boolean validateUserAndRole(String user, String password, Set<Role> roles, CheckType checkType) {
            return validateUser(user, password)
                    && roles.stream().anyMatch(r -> checkType.hasRole(r) && r.getName().equals(ROLE_OF.get(user)));
        }
    }

    private static boolean can(String user, String action, String queue) throws Exception {
        ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory("vm://3");
        cf.setEnable1xPrefixes(true);
        try (Connection c = cf.createConnection(user, user)) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            switch (action) {
                case "send" -> {
                    try (MessageProducer p = s.createProducer(s.createQueue(queue))) {
                        BytesMessage m = s.createBytesMessage();
                        m.writeBytes(new byte[] {0x40});
                        p.send(m);
                    }
                }
                case "consume" -> s.createConsumer(s.createQueue(queue)).close();
                case "browse" -> s.createBrowser(s.createQueue(queue)).getEnumeration();
                case "temporary" -> s.createTemporaryQueue().delete();
                default -> throw new IllegalArgumentException(action);
            }
            return true;
        } catch (JMSSecurityException e) {
            // the broker names the permission it refused (what MqGatewayIT asserts over the wire)
            assertThat(e.getMessage()).as(user + " " + action + " " + queue).contains("permission='" + switch (action) {
                case "temporary" -> "CREATE_NON_DURABLE_QUEUE";
                default -> action.toUpperCase(java.util.Locale.ROOT);
            });
            return false;
        }
    }

    private static void assertOnly(String user, Set<String> allowed) throws Exception {
        for (String queue : QUEUES) {
            for (String action : new String[] {"send", "consume", "browse"}) {
                assertThat(can(user, action, queue)).as(user + " " + action + " " + queue)
                        .isEqualTo(allowed.contains(action + " " + queue));
            }
        }
        assertThat(can(user, "temporary", null)).as(user + " creates a temporary queue").isFalse();
    }

    @Test
    void theBridgeSendsRequestsAndReadsRepliesOnly() throws Exception {
        assertOnly("bridge", Set.of("send KYC.REQUEST", "consume KYC.REPLY"));
    }

    @Test
    void coreBankingReadsAccountOpeningOrdersAndAnswersThemOnly() throws Exception {
        assertOnly("core", Set.of("consume KYC.ACCTOPEN", "send KYC.ACCTRSP"));
    }

    @Test
    void theHubReadsRequestsAndTheDeadLettersAndWritesRepliesOrdersAndDeadLetters() throws Exception {
        assertOnly("hub", Set.of("consume KYC.REQUEST", "send KYC.REPLY", "send KYC.DLQ", "consume KYC.DLQ",
                "send KYC.ACCTOPEN", "consume KYC.ACCTRSP"));
    }

    @Test
    void anUnknownUserOrAWrongPasswordCannotConnect() {
        ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory("vm://3");
        assertThatThrownBy(() -> cf.createConnection("nobody", "nobody").close()).isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> cf.createConnection("bridge", "guess").close()).isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void theHubsDevelopmentUserIsTheOneWildflyConfigProvisions() throws Exception {
        Properties hub = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/kyc-hub.properties")) {
            hub.load(in);
        }
        String pom = Files.readString(Path.of("..", "wildfly-config", "pom.xml"));
        assertThat(pom).contains("<kyc.dev.hub.mq.user>" + hub.getProperty("kyc.mq.user") + "</kyc.dev.hub.mq.user>")
                .contains("<kyc.dev.hub.mq.password>" + hub.getProperty("kyc.mq.password") + "</kyc.dev.hub.mq.password>")
                .contains("<argument>-g</argument><argument>kyc-hub</argument>");
    }
}
