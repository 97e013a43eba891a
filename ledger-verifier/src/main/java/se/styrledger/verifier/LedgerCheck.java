package se.styrledger.verifier;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a history, event by event in order of position, against one or more signed checkpoints: it rebuilds
 * the tree from the events themselves and compares its root with each checkpoint's at that size. The first
 * checkpoint that does not hold fails the check; the seal records carried beside each event name the first position
 * that differs from what was sealed: changed, removed, moved or added afterwards.
 *
 * <p>Feed it with {@link #accept(SealedEvent)} and ask {@link #finish()}; it holds O(log n) hashes, never the history.
 */
public final class LedgerCheck {

    private final List<Checkpoint> checkpoints;
    private final CompactRange tree = new CompactRange();
    private final String keyNote;
    private int nextCheckpoint;
    private long previousPosition = Long.MIN_VALUE;
    private long lastVerifiedPosition;
    private Long suspectPosition;
    private String suspect;
    private String sealNote;
    private Verdict verdict;

    /**
     * @param checkpoints the checkpoints to hold the history against, in any order
     * @param trustedKey  the public key the kommun published; null trusts the key inside each checkpoint, which only
     *                    proves the checkpoints were signed by whoever made them
     */
    public LedgerCheck(List<Checkpoint> checkpoints, PublicKey trustedKey) {
        if (checkpoints.isEmpty()) {
            throw new IllegalArgumentException("No checkpoint to check against");
        }
        this.checkpoints = new ArrayList<>(checkpoints);
        this.checkpoints.sort(Comparator.comparingLong(Checkpoint::treeSize));
        for (Checkpoint checkpoint : this.checkpoints) {
            PublicKey key = trustedKey != null ? trustedKey : checkpoint.embeddedKey();
            if (!Checkpoint.LEDGER.equals(checkpoint.ledger()) || !checkpoint.signedBy(key)) {
                verdict = Verdict.failed(null, "Kontrollpunkten för " + checkpoint.treeSize() + " händelser (utfärdad "
                        + checkpoint.issuedAt() + ") har ingen giltig signatur"
                        + (trustedKey != null ? " från den publicerade nyckeln " + SigningKeys.keyId(trustedKey) : "")
                        + ": den är förfalskad eller ändrad och kan inte användas.");
                break;
            }
        }
        this.keyNote = trustedKey != null ? "signerad med den publicerade nyckeln " + SigningKeys.keyId(trustedKey)
                : "signerad med nyckeln " + this.checkpoints.get(0).keyId() + " som följer med kontrollpunkten"
                + " (ange --public-key för att kräva kommunens publicerade nyckel)";
    }

    /** Whether more events can change the verdict. */
    public boolean wantsMore() {
        return verdict == null && nextCheckpoint < checkpoints.size();
    }

    public void accept(SealedEvent sealed) {
        if (!wantsMore()) {
            return;
        }
        CanonicalEvent event = sealed.event();
        long ordinal = tree.size();
        if (event.position() <= previousPosition) {
            verdict = Verdict.failed(event.position(), "Position " + event.position() + " kommer efter position "
                    + previousPosition + ": händelserna ligger inte i positionsordning, de har flyttats eller"
                    + " bytt plats.");
            return;
        }
        previousPosition = event.position();
        byte[] leaf = event.leafHash();
        if (suspect == null) {
            suspect = suspicion(sealed, ordinal, leaf);
            suspectPosition = suspect == null ? null : event.position();
        }
        tree.append(leaf);
        while (nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).treeSize() == tree.size()) {
            Checkpoint checkpoint = checkpoints.get(nextCheckpoint++);
            if (!Arrays.equals(tree.root(), checkpoint.root())) {
                verdict = mismatch(checkpoint);
                return;
            }
            lastVerifiedPosition = event.position();
            if (suspect != null && sealNote == null) {
                // The events up to here hold, so what differed was the seal records, not the history.
                sealNote = suspect;
            }
            suspect = null;
            suspectPosition = null;
        }
    }

    private static String suspicion(SealedEvent sealed, long ordinal, byte[] leaf) {
        long position = sealed.event().position();
        if (sealed.problem() != null) {
            return "position " + position + ": " + sealed.problem();
        }
        if (sealed.leafIndex() == null) {
            return "position " + position + " förseglades aldrig: händelsen har lagts till efteråt";
        }
        if (sealed.leafIndex() > ordinal) {
            long missing = sealed.leafIndex() - ordinal;
            return "före position " + position + " saknas " + missing + (missing == 1 ? " förseglad händelse"
                    : " förseglade händelser") + ": de har tagits bort";
        }
        if (sealed.leafIndex() < ordinal) {
            return "position " + position + " förseglades som händelse nr " + (sealed.leafIndex() + 1)
                    + " men ligger nu som nr " + (ordinal + 1) + ": en händelse har lagts till före den";
        }
        if (sealed.leafHash() != null && !Arrays.equals(sealed.leafHash(), leaf)) {
            return "händelsen på position " + position + " har ändrats efter att den förseglades";
        }
        return null;
    }

    private Verdict mismatch(Checkpoint checkpoint) {
        String head = "Historien stämmer inte med kontrollpunkten för de första " + checkpoint.treeSize()
                + " händelserna (till position " + checkpoint.lastPosition() + ", utfärdad " + checkpoint.issuedAt()
                + "). ";
        if (suspect != null) {
            return Verdict.failed(suspectPosition, head + "Första avvikelse: " + suspect + ".");
        }
        return Verdict.failed(null, head + "Även sigillposterna har skrivits om, så den första ändrade positionen"
                + " kan inte pekas ut utan fler kontrollpunkter; den ligger efter position " + lastVerifiedPosition
                + ".");
    }

    public Verdict finish() {
        if (verdict != null) {
            return verdict;
        }
        Checkpoint last = checkpoints.get(checkpoints.size() - 1);
        if (nextCheckpoint < checkpoints.size()) {
            Checkpoint missed = checkpoints.get(nextCheckpoint);
            if (suspect != null) {
                return mismatch(missed);
            }
            return Verdict.failed(previousPosition == Long.MIN_VALUE ? null : previousPosition + 1,
                    "Historien slutar efter " + tree.size() + " händelser"
                            + (previousPosition == Long.MIN_VALUE ? "" : " (position " + previousPosition + ")")
                            + ", men kontrollpunkten utfärdad " + missed.issuedAt() + " omfattar " + missed.treeSize()
                            + " händelser till position " + missed.lastPosition() + ": de sista "
                            + (missed.treeSize() - tree.size()) + " har tagits bort.");
        }
        String note = sealNote == null ? "" : " Obs: sigillposterna stämmer inte med händelserna (" + sealNote
                + "), men händelserna själva stämmer med kontrollpunkten: sigilltabellen har ändrats, inte historien.";
        return Verdict.verified("Verifierad: de första " + last.treeSize() + " händelserna (till position "
                + last.lastPosition() + ") stämmer med " + checkpoints.size()
                + (checkpoints.size() == 1 ? " kontrollpunkt" : " kontrollpunkter") + ", " + keyNote
                + ". Trädets rot: " + last.rootHash() + "." + note);
    }
}
