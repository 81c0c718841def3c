"""The Resources view: the community resource directory (Open Referral HSDS 3.0).

Not ``coordinator/ui/resources``: that name is the module with the stylesheet and icons.
"""
