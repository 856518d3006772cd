package org.anlan.warning;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The 叫应 roster API: officials called when a warning reaches their township. Rules sit in {@link WarningContacts}. */
@RestController
@RequestMapping("/api/warnings/officials")
@Tag(name = "warnings", description = "预警发布 Warnings, CAP 1.2 (GB/T 35965.1), lead time")
class WarningOfficialApiController {

    private final WarningContacts contacts;

    WarningOfficialApiController(WarningContacts contacts) {
        this.contacts = contacts;
    }

    @GetMapping
    @Operation(summary = "Active officials to call (叫应), county level first, then by township and rank")
    List<WarningOfficial> roster(@RequestParam(required = false) String township) {
        return contacts.roster(township);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an official to call; a blank township means the county level")
    WarningOfficial add(@RequestBody WarningContacts.OfficialDraft draft) {
        return contacts.add(draft);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an official's name, position, phone, e-mail, push token, township or rank")
    WarningOfficial update(@PathVariable UUID id, @RequestBody WarningContacts.OfficialDraft draft) {
        return contacts.update(id, draft);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Retire an official: kept for the callouts already made, never called again")
    ResponseEntity<Void> retire(@PathVariable UUID id) {
        contacts.retire(id);
        return ResponseEntity.noContent().build();
    }
}
