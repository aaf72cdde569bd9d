package com.intelliclaim.engine.decide.llm;

import com.intelliclaim.engine.decide.InstructionText;
import com.intelliclaim.engine.api.SearchHit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The retrieved passages as the model sees them: ids {@code P1..Pn} in retrieval order (the only way to cite them),
 * each marked when its text reads like an instruction. Immutable.
 */
final class Evidence {
    private final Map<String, SearchHit> byId = new LinkedHashMap<>();
    private final Set<String> flagged;

    Evidence(List<SearchHit> hits) {
        for (int i = 0; i < hits.size(); i++) {
            byId.put("P" + (i + 1), hits.get(i));
        }
        flagged = Set.copyOf(byId.entrySet().stream()
                .filter(e -> InstructionText.readsLikeInstruction(e.getValue().text()))
                .map(Map.Entry::getKey)
                .toList());
    }

    /** The ids, P1 first. */
    List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** The passage with this id, or null when there is none. */
    SearchHit hit(String id) {
        return byId.get(id);
    }

    boolean isFlagged(String id) {
        return flagged.contains(id);
    }

    /** "P1", "P1 and P2" or "P1 to P5": the ids in words. */
    String range() {
        return switch (byId.size()) {
            case 0 -> "none";
            case 1 -> "P1";
            case 2 -> "P1 and P2";
            default -> "P1 to P" + byId.size();
        };
    }
}
