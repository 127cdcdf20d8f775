# The PolicyKG command in a container (used by docker-compose.yml's loader service).
FROM python:3.11-slim
WORKDIR /app
COPY . /app
RUN pip install --no-cache-dir ".[neo4j]"
ENTRYPOINT []
CMD ["policykg", "--help"]
