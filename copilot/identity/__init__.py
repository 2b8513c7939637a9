"""Identity: who a shopper is proven to be, how, and what that unlocks (``default.yaml`` is the policy).

Proofs come from the edge (an authenticated channel or a shop-signed token, ``tokens``), from a
one-time code sent to a contact on file (``codes``, ``sender``), or from facts typed in the chat
(``facts``). ``gate`` applies the policy on every turn before any drafter sees customer data.
"""
