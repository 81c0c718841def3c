"""The Referrals view, its dialogs, and the referral table the record and the dashboard
share."""
