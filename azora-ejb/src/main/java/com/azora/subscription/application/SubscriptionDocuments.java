package com.azora.subscription.application;

import com.azora.payment.application.PaymentViews.DocumentFile;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import com.azora.platform.security.Permissions;
import com.azora.subscription.application.SubscriptionViews.InvoiceView;
import com.azora.subscription.domain.SubscriptionInvoice;
import com.azora.subscription.domain.Tier;
import com.azora.subscription.infrastructure.InvoicePdf;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * Subscription invoices one at a time and as PDFs: the subscriber's own (anyone else's number is
 * "not found"), and any invoice for billing admins.
 */
@Stateless
public class SubscriptionDocuments {

  @PersistenceContext private EntityManager em;

  /** One of the caller's invoices by number. */
  @RequiresAuthentication
  public InvoiceView mine(String number) {
    return SubscriptionService.invoiceView(find(number, CurrentUser.id()), null);
  }

  @RequiresAuthentication
  public DocumentFile myPdf(String number) {
    return pdf(find(number, CurrentUser.id()));
  }

  @RequiresPermissions(Permissions.BILLING_MANAGE)
  public DocumentFile pdf(String number) {
    return pdf(find(number, null));
  }

  private DocumentFile pdf(SubscriptionInvoice i) {
    Object[] buyer =
        (Object[])
            em.createNativeQuery("select display_name, email from app_user where id = ?1")
                .setParameter(1, i.getUserId())
                .getSingleResult();
    Tier tier = em.find(Tier.class, i.getTierCode());
    return new DocumentFile(
        i.getNumber() + ".pdf",
        InvoicePdf.render(
            i, tier.getName(), (String) buyer[0], (String) buyer[1], ConfigKey.DEMO.asBoolean()));
  }

  /** The invoice with this number, if {@code userId} owns it (null: any owner). */
  private SubscriptionInvoice find(String number, Long userId) {
    var q =
        em.createQuery(
                "select i from SubscriptionInvoice i where i.number = :n"
                    + (userId == null ? "" : " and i.userId = :u"),
                SubscriptionInvoice.class)
            .setParameter("n", number == null ? "" : number);
    if (userId != null) {
      q.setParameter("u", userId);
    }
    List<SubscriptionInvoice> found = q.getResultList();
    if (found.isEmpty()) {
      throw DomainException.notFound("No such invoice.");
    }
    return found.get(0);
  }
}
