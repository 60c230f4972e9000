package cn.gov.sed.notification.routing;

/** What the routing rules decide for one recipient: the text people read and what it is about. */
public record NotificationDraft(Recipient recipient, String type, String subject, String title, String body) {
}
