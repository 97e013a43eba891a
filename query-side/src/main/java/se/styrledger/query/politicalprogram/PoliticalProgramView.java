package se.styrledger.query.politicalprogram;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A politiskt program as a reference: no beslutsinstans, paragraf or diarienummer, for it is no kommun decision. */
public record PoliticalProgramView(
        UUID programId,
        @Schema(example = "Program för Trelleborg 2023–2026") String title,
        @Schema(example = "Moderaterna, Sverigedemokraterna") String parties,
        @Schema(example = "2022-10-20") LocalDate presentedOn,
        @Schema(example = "politiskt program (referens, inget kommunbeslut)") String kindLabel,
        String publishedUrl,
        String publishedSha256,
        long recordedPosition) {
}
