package org.ekyc.hub.routes.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import java.util.Map;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager;
import org.ekyc.hub.verification.api.DeploymentMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The hub's JMS identity: taken in development, refused in production with a development password, always named. */
class JmsCredentialsTest {

    private static Map<String, String> settings(String user, String password) {
        return password == null ? Map.of(JmsCredentials.USER, user) : Map.of(JmsCredentials.USER, user, JmsCredentials.PASSWORD, password);
    }

    @AfterEach
    void backToDevelopment() {
        System.clearProperty(DeploymentMode.PROPERTY);
    }

    @Test
    void theDevelopmentPasswordIsTakenInDevelopment() {
        JmsCredentials c = JmsCredentials.from(settings("kyc-hub", "dev-only-Hub-2026")::get);
        assertThat(c.user()).isEqualTo("kyc-hub");
        assertThat(c.isDevelopmentDefault()).isTrue();
        assertThat(c.toString()).doesNotContain("dev-only-Hub-2026");
    }

    @Test
    void productionRefusesTheDevelopmentPasswordNamingTheSettingAndTakesARealOne() {
        System.setProperty(DeploymentMode.PROPERTY, "production");
        assertThatThrownBy(() -> JmsCredentials.from(settings("kyc-hub", "dev-only-Hub-2026")::get))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KYC_MODE=production").hasMessageContaining("KYC_MQ_PASSWORD")
                .hasMessageContaining("kyc.mq.password").hasMessageNotContaining("dev-only-Hub-2026");
        assertThat(JmsCredentials.from(settings("kyc-hub", "a-real-secret-from-the-vault")::get).isDevelopmentDefault()).isFalse();
    }

    @Test
    void aMissingUserOrPasswordIsRefusedRatherThanConnectingWithoutOne() {
        assertThatThrownBy(() -> JmsCredentials.from(settings(" ", "secret")::get)).hasMessageContaining("KYC_MQ_USER");
        assertThatThrownBy(() -> JmsCredentials.from(settings("kyc-hub", null)::get)).hasMessageContaining("KYC_MQ_PASSWORD");
    }

    @Test
    void everyConnectionOfTheWrappedFactoryNamesTheUser() throws Exception {
        RecordingSecurityManager users = new RecordingSecurityManager();
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
        broker.setConfiguration(new ConfigurationImpl().setPersistenceEnabled(false).setSecurityEnabled(true)
                .addAcceptorConfiguration("in-vm", "vm://7"));
        broker.setSecurityManager(users);
        broker.start();
        try {
            jakarta.jms.ConnectionFactory cf = new JmsCredentials("kyc-hub", "s3cret")
                    .authenticating(new ActiveMQConnectionFactory("vm://7"));
            try (Connection c = cf.createConnection()) {
                c.createSession().close();
            }
            assertThat(users.lastUser).isEqualTo("kyc-hub");
            assertThat(users.lastPassword).isEqualTo("s3cret");
        } finally {
            broker.stop();
        }
    }

    /** Accepts one user and remembers who asked. */
    private static final class RecordingSecurityManager implements ActiveMQSecurityManager {
        volatile String lastUser;
        volatile String lastPassword;

        @Override
        public boolean validateUser(String user, String password) {
            lastUser = user;
            lastPassword = password;
            return "kyc-hub".equals(user) && "s3cret".equals(password);
        }

        @Override
        public boolean validateUserAndRole(String user, String password, java.util.Set<Role> roles, CheckType checkType) {
            return validateUser(user, password);
        }
    }
}
