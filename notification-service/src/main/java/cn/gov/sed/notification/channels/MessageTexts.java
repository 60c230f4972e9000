package cn.gov.sed.notification.channels;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.contracts.reference.ReferenceEntry;
import cn.gov.sed.contracts.vocabulary.Labelled;
import cn.gov.sed.notification.routing.NotificationDraft;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words of e-mails and SMS, from Qute templates in Chinese per event type ({@code templates/mail/<Event>-subject
 * .txt}, {@code mail/<Event>-body.txt}, {@code sms/<Event>.txt}; {@code default} when a type has none). Templates
 * see every field of the event (enums by their Chinese label, {@code <field>Code} for the value), the notification's
 * {@code title} and {@code body}, the unit ({@code unit}: its name when known), the district's name and a
 * {@code link} to the item on the web desk.
 */
@ApplicationScoped
public class MessageTexts {
    @Inject
    Engine engine;

    /** Where the web desk shows an item: {@code <link-base>/hazards/<id>} and so on. */
    @ConfigProperty(name = "sed.channels.link-base", defaultValue = "https://sed.scjg.tj.gov.cn")
    String linkBase;

    public record Mail(String subject, String body) {
    }

    /** The facts the templates read, from the event and the notification drafted for it. */
    public Map<String, Object> facts(DomainEvent event, NotificationDraft draft, String unitName) {
        Map<String, Object> facts = new LinkedHashMap<>();
        if (event.getClass().isRecord()) {
            for (RecordComponent c : event.getClass().getRecordComponents()) {
                Object value;
                try {
                    value = c.getAccessor().invoke(event);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                if (value instanceof Labelled labelled) {
                    facts.put(c.getName() + "Code", ((Enum<?>) labelled).name());
                    value = labelled.label();
                }
                facts.put(c.getName(), value);
            }
        }
        facts.put("title", draft.title());
        facts.put("body", draft.body());
        facts.put("eventType", draft.type());
        String uscc = facts.get("unitUscc") instanceof String s ? s : null;
        String name = facts.get("unitName") instanceof String s && !s.isBlank() ? s : unitName;
        facts.put("unit", name != null ? name : uscc != null ? "单位（" + uscc + "）" : "—");
        facts.put("districtName", ReferenceData.get().districts().find(event.district())
                .map(ReferenceEntry::nameZh).orElse(event.district() == null ? "全市" : event.district()));
        facts.put("link", link(facts));
        return facts;
    }

    private String link(Map<String, Object> facts) {
        String base = linkBase.endsWith("/") ? linkBase.substring(0, linkBase.length() - 1) : linkBase;
        for (String[] kind : new String[][]{{"hazardId", "hazards"}, {"taskId", "tasks"},
                {"inspectionId", "inspections"}, {"unitId", "units"}}) {
            if (facts.get(kind[0]) != null) {
                return base + "/" + kind[1] + "/" + facts.get(kind[0]);
            }
        }
        return base;
    }

    public Mail mail(String eventType, Map<String, Object> facts) {
        return new Mail(render("mail/" + eventType + "-subject", "mail/default-subject", facts).strip(),
                render("mail/" + eventType + "-body", "mail/default-body", facts));
    }

    public String sms(String eventType, Map<String, Object> facts) {
        return render("sms/" + eventType, "sms/default", facts).strip();
    }

    private String render(String id, String fallback, Map<String, Object> facts) {
        Template template = engine.getTemplate(id);
        if (template == null) {
            template = engine.getTemplate(fallback);
        }
        TemplateInstance instance = template.instance();
        facts.forEach(instance::data);
        return instance.render();
    }
}
