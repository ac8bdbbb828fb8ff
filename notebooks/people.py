# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # People
#
# Who assessed whom, and when: the assessors taking part in events as assessors, linked to the regions of those
# events, drawn as a network (edges labelled with the years). The database is `$EXTRACTOR_DB` (default
# `sqlite:///extractor.db`).

# %%
# %matplotlib inline
import extractor
from extractor import report

people = extractor.people()
events = extractor.events()
print(f"{len(people)} people in {len(events)} events")

# %%
report.assessor_network(people, events)

# %%
report.assessments(people, events)

# %%
people["category"].value_counts()
