package org.daybrief.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.daybrief.deliver.mail.SmtpSettings;
import org.daybrief.deliver.mail.SmtpTransport;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** SMTP settings come from Spring Boot's spring.mail.* keys, written as environment variables. */
class SmtpSettingsBindingTest {

    private static SmtpSettings fromEnvironment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        // in place of the process's real environment variables, under the same name
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        variables));
        return MailDeliveries.smtp(environment);
    }

    @Test
    void startTlsWithLoginFromEnvironmentVariables() {
        SmtpSettings s = fromEnvironment(Map.of("SPRING_MAIL_HOST", "smtp.example.org", "SPRING_MAIL_PORT", "587",
                "SPRING_MAIL_USERNAME", "digest@example.org", "SPRING_MAIL_PASSWORD", "secret",
                "SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE", "true",
                "SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_REQUIRED", "true"));
        assertThat(s.host()).isEqualTo("smtp.example.org");
        assertThat(s.port()).isEqualTo(587);
        assertThat(s.protocol()).isEqualTo("smtp");
        assertThat(s.username()).isEqualTo("digest@example.org");
        assertThat(s.password()).isEqualTo("secret");
        assertThat(s.properties()).containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true");
        SmtpTransport transport = new SmtpTransport(s);
        assertThat(transport.describe()).isEqualTo("smtp://smtp.example.org:587 (STARTTLS) as digest@example.org");
        assertThat(transport.session().getProperty("mail.smtp.auth")).isEqualTo("true");
        assertThat(transport.session().getProperty("mail.smtp.starttls.required")).isEqualTo("true");
        assertThat(transport.session().getProperty("mail.smtp.timeout")).isEqualTo("30000");
    }

    @Test
    void smtpsAndNoHostMeansTheDryRun() {
        SmtpSettings s = fromEnvironment(Map.of("SPRING_MAIL_HOST", "mail.example.org", "SPRING_MAIL_PROTOCOL", "smtps"));
        assertThat(new SmtpTransport(s).describe()).isEqualTo("smtps://mail.example.org (TLS)");
        assertThat(fromEnvironment(Map.of()).configured()).isFalse();
    }
}
