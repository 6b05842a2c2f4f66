echo 'Hello #{Hello.Target}, using Bash'

# Change this step, or add steps of your own, in the Octopus UI: "__ 1. Serialize Project" captures them.
echo 'Learn more about deployment processes: https://octopus.com/docs/projects/deployment-process'
