package org.perfeval.workflow.disclosure;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Disclosures are written once. */
interface Disclosures extends Repository<Disclosure, Long> {

    Disclosure save(Disclosure disclosure);

    Optional<Disclosure> findById(Long evaluationId);

    List<Disclosure> findAllByOrderByDisclosedAtDesc();
}
