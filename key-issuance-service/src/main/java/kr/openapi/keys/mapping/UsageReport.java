package kr.openapi.keys.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Call counts the gateway reports in batches: each entry is its total so far for one key and day. */
public record UsageReport(@NotNull @Size(max = 10_000) List<@Valid @NotNull Entry> reports) {

    public record Entry(@NotNull @Pattern(regexp = "[0-9]{1,18}") String keyId, @NotNull LocalDate day, @Min(0) int calls) {
    }
}
