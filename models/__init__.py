"""Packaged models: the spaCy pipeline (smartcity_id/) and the dimension classifier, rebuilt by
`extractor train` from corpus/."""
