package org.arrears.accounts.account;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.arrears.accounts.debtor.DebtorProfile;
import org.arrears.accounts.placement.PlaceAccountRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads and writes the account's JSON columns with the house ObjectMapper (dates as ISO strings). */
@ApplicationScoped
public class AccountDocuments {

    private static final TypeReference<List<PlaceAccountRequest.Itemization>> ITEMIZATION = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    public AccountDocuments(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public DebtorProfile debtor(Account a) {
        return read(a.debtor, DebtorProfile.class);
    }

    public List<PlaceAccountRequest.Itemization> itemization(Account a) {
        try {
            return mapper.readValue(a.itemization, ITEMIZATION);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("account " + a.id + " has an unreadable itemization", e);
        }
    }

    public String write(Object document) {
        try {
            return mapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + document.getClass().getSimpleName(), e);
        }
    }

    public AccountView view(Account a) {
        return AccountView.of(a, debtor(a), itemization(a));
    }

    private <T> T read(String json, Class<T> type) {
        try {
            T value = mapper.readValue(json, type);
            return value;
        } catch (JsonProcessingException e) {
            // Never include the document: it holds personal data.
            throw new IllegalStateException("unreadable " + type.getSimpleName() + " document");
        }
    }
}
