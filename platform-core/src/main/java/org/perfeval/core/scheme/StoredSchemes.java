package org.perfeval.core.scheme;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface StoredSchemes extends Repository<StoredScheme, String> {

    StoredScheme saveAndFlush(StoredScheme scheme);

    Optional<StoredScheme> findById(String schemeId);

    List<StoredScheme> findAllByOrderBySchemeIdAsc();
}
