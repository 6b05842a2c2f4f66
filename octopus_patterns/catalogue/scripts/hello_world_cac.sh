echo 'Hello world, using Bash'

# This process lives in Git: edit it on a branch in the Octopus UI and every fork can merge the change.
echo 'Learn more about config as code: https://octopus.com/docs/projects/version-control'
