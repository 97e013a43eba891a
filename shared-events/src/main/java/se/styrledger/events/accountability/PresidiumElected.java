package se.styrledger.events.accountability;

import se.styrledger.events.Decision;

import java.util.List;
import java.util.UUID;

/**
 * KF elected a nämnd's presidium for (the rest of) a mandatperiod (R-52, KL 6 kap): its ordförande, vice ordförande
 * and any andre vice ordförande. A later election for the same nämnd and role (a fyllnadsval) takes over from the
 * day its term starts. The office-holders are public record, named in KF's protokoll.
 */
public record PresidiumElected(UUID presidiumId, UUID unitId, TermOfOffice term, List<OfficeHolder> officeHolders,
                               Decision decision) {
}
