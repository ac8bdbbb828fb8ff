"""Packaged models: the spaCy pipeline (smartcity_id/) and the dimension classifier, rebuilt by
`extractor build-model` from corpus/."""
