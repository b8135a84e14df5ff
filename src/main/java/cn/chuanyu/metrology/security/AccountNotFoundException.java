package cn.chuanyu.metrology.security;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No account of that name: the page answers 404. */
class AccountNotFoundException extends ResponseStatusException {

    AccountNotFoundException(String username) {
        super(HttpStatus.NOT_FOUND, "No account " + username);
    }
}
