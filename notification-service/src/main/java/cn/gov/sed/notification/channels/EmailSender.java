package cn.gov.sed.notification.channels;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** E-mail through the configured SMTP server (Quarkus Mailer: SMTP_HOST, SMTP_PORT, … in application.properties). */
@ApplicationScoped
public class EmailSender {
    @Inject
    Mailer mailer;

    /** Sends one plain-text, UTF-8 e-mail, blocking until the server accepted it (a dispatcher worker, no transaction). */
    public void send(String to, String subject, String body) {
        mailer.send(Mail.withText(to, subject, body));
    }
}
