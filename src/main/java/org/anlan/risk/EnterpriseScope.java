package org.anlan.risk;

import java.util.Optional;
import java.util.UUID;
import org.anlan.enterprise.Enterprise;
import org.anlan.enterprise.EnterpriseId;
import org.anlan.enterprise.EnterpriseRegister;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.anlan.platform.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may read and change an enterprise's risk records: the enterprise's own officer, officers of its township,
 * and county roles; changes need one of the given roles as well.
 */
@Component
class EnterpriseScope {

    /** What a list query may return for the current actor: one enterprise, one township, or everything. */
    record Filter(UUID enterprise, String township) {
    }

    private final EnterpriseRegister register;

    EnterpriseScope(EnterpriseRegister register) {
        this.register = register;
    }

    Enterprise readable(UUID enterprise) {
        return register.require(new EnterpriseId(enterprise));
    }

    Enterprise changeable(UUID enterprise, Role... roles) {
        CurrentActor.requireRole(roles);
        return register.require(new EnterpriseId(enterprise));
    }

    /** Narrows a list request to what the actor may see (403 when they ask for another's township or enterprise). */
    Filter filter(UUID enterprise, String township) {
        Actor actor = CurrentActor.require();
        if (enterprise != null) {
            readable(enterprise);
            return new Filter(enterprise, township);
        }
        if (actor.role() == Role.ENTERPRISE_OFFICER) {
            Optional<EnterpriseId> own = register.enterpriseOf(actor.username());
            if (own.isEmpty()) {
                throw new ApiException(HttpStatus.FORBIDDEN, "SCOPE_ENTERPRISE_DENIED", "error.enterprise.ownOnly");
            }
            return new Filter(own.get().value(), township);
        }
        if (actor.townshipScoped()) {
            if (township != null) {
                CurrentActor.requireTownshipAccess(township);
            }
            return new Filter(null, actor.townshipCode());
        }
        return new Filter(null, township);
    }
}
