package org.anlan.supply;

import java.util.List;

/** The public summary of donations (捐赠公示): totals per item, named donors who agreed, and recipients. */
public record DonationSummary(List<ItemTotal> items, List<NamedDonor> donors, List<Recipient> recipients) {

    public record ItemTotal(String itemCode, String itemName, String unit, long received, long accepted, long allocated) {
    }

    public record NamedDonor(String donor, String itemName, long quantity, String unit) {
    }

    public record Recipient(String recipient, String itemName, long quantity, String unit) {
    }
}
