from edukg.cli import cli

cli(prog_name="edukg")
