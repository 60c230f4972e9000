package cn.gov.sed.contracts;

import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.Labelled;
import cn.gov.sed.contracts.vocabulary.LabelledVocabulary;
import cn.gov.sed.contracts.vocabulary.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelledVocabularyTest {
    @Test
    void theSharedVocabularyIsFoundAndEveryValueHasAChineseLabel() {
        List<Class<? extends Enum<?>>> all = LabelledVocabulary.all();
        assertTrue(all.containsAll(List.of(Severity.class, HazardStatus.class)), all.toString());
        for (Class<? extends Enum<?>> type : all) {
            for (Enum<?> value : type.getEnumConstants()) {
                String label = ((Labelled) value).label();
                assertTrue(label != null && label.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN), type.getSimpleName() + "." + value + " has no Chinese label");
            }
        }
    }
}
